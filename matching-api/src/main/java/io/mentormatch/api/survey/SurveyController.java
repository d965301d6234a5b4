package io.mentormatch.api.survey;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The surveys of the person signed in: what is due, one survey, and answering it. */
@RestController
class SurveyController {

    private final SurveyService surveys;

    SurveyController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/api/me/surveys")
    List<SurveyView> mine() {
        return surveys.mySurveys();
    }

    @GetMapping("/api/surveys/{surveyId}")
    SurveyView survey(@PathVariable String surveyId) {
        return surveys.survey(surveyId);
    }

    @PostMapping(path = "/api/surveys/{surveyId}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    SurveyView answer(@PathVariable String surveyId, @Valid @RequestBody SurveyAnswer answer) {
        return surveys.answer(surveyId, answer);
    }
}
