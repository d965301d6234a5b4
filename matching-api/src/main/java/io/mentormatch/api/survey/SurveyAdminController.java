package io.mentormatch.api.survey;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A cohort's surveys for its director: wording, privacy setting, results. */
@RestController
@RequestMapping("/api/cohorts/{cohortId}/surveys")
class SurveyAdminController {

    private final SurveyDefinitions definitions;
    private final SurveyResults results;

    SurveyAdminController(SurveyDefinitions definitions, SurveyResults results) {
        this.definitions = definitions;
        this.results = results;
    }

    @GetMapping("/definitions")
    List<SurveyDefinition> definitions(@PathVariable long cohortId) {
        return definitions.definitions(cohortId);
    }

    @PutMapping(path = "/definitions/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SurveyDefinition reword(@PathVariable long cohortId, @PathVariable String kind,
                            @Valid @RequestBody SurveyQuestions questions) {
        return definitions.reword(cohortId, kind, questions);
    }

    /** Back to the default wording; answers the definition now in effect. */
    @DeleteMapping("/definitions/{kind}")
    SurveyDefinition resetToDefaults(@PathVariable long cohortId, @PathVariable String kind) {
        return definitions.resetToDefaults(cohortId, kind);
    }

    @GetMapping("/settings")
    SurveySettings settings(@PathVariable long cohortId) {
        return definitions.settings(cohortId);
    }

    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    SurveySettings changeSettings(@PathVariable long cohortId, @Valid @RequestBody SurveySettings settings) {
        return definitions.changeSettings(cohortId, settings);
    }

    @GetMapping("/results")
    CohortSurveyResults results(@PathVariable long cohortId) {
        return results.results(cohortId);
    }

    @GetMapping("/responses")
    IndividualAnswers responses(@PathVariable long cohortId) {
        return results.individualAnswers(cohortId);
    }
}
