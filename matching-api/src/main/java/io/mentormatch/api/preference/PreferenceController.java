package io.mentormatch.api.preference;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.core.cohort.ResidentId;

@RestController
class PreferenceController {

    private final PreferenceService preferences;

    PreferenceController(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/me/preference-forms")
    List<ResidentMembership> myForms() {
        return preferences.myForms();
    }

    @GetMapping("/api/cohorts/{cohortId}/residents/{residentId}/preferences")
    PreferenceFormView form(@PathVariable long cohortId, @PathVariable String residentId) {
        return preferences.form(cohortId, ResidentId.of(residentId));
    }

    @PutMapping(path = "/api/cohorts/{cohortId}/residents/{residentId}/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    PreferenceFormView save(@PathVariable long cohortId, @PathVariable String residentId,
                            @Valid @RequestBody PreferenceFormRequest request) {
        return preferences.save(cohortId, ResidentId.of(residentId), request.version(), request.form());
    }

    @GetMapping("/api/cohorts/{cohortId}/residents/{residentId}/preferences/versions")
    List<PreferenceVersionView> versions(@PathVariable long cohortId, @PathVariable String residentId) {
        return preferences.versions(cohortId, ResidentId.of(residentId));
    }

    @GetMapping("/api/cohorts/{cohortId}/residents/{residentId}/recommendations")
    List<RecommendedMentor> recommendations(@PathVariable long cohortId, @PathVariable String residentId,
                                            @RequestParam(defaultValue = "5") int limit) {
        return preferences.recommendations(cohortId, ResidentId.of(residentId), limit);
    }
}
