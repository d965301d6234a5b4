package io.mentormatch.api.mentor;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.core.cohort.MentorId;

@RestController
class MentorProfileController {

    private final MentorProfileService profiles;
    private final MentorSuggestions suggestions;

    MentorProfileController(MentorProfileService profiles, MentorSuggestions suggestions) {
        this.profiles = profiles;
        this.suggestions = suggestions;
    }

    @GetMapping("/api/cohorts/{cohortId}/mentors/{mentorId}/recommendations")
    List<SuggestedResident> recommendations(@PathVariable long cohortId, @PathVariable String mentorId,
                                            @RequestParam(defaultValue = "10") int limit) {
        return suggestions.residentsFor(cohortId, MentorId.of(mentorId), limit);
    }

    @GetMapping("/api/cohorts/{cohortId}/mentors/{mentorId}/similar")
    List<SimilarMentorView> similar(@PathVariable long cohortId, @PathVariable String mentorId,
                                    @RequestParam(defaultValue = "5") int limit) {
        return suggestions.similarTo(cohortId, MentorId.of(mentorId), limit);
    }

    @GetMapping("/api/me/mentor-profiles")
    List<MentorMembership> myProfiles() {
        return profiles.myProfiles();
    }

    @GetMapping("/api/cohorts/{cohortId}/mentors/{mentorId}/profile")
    MentorProfileView profile(@PathVariable long cohortId, @PathVariable String mentorId) {
        return profiles.profile(cohortId, MentorId.of(mentorId));
    }

    @PutMapping(path = "/api/cohorts/{cohortId}/mentors/{mentorId}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    MentorProfileView save(@PathVariable long cohortId, @PathVariable String mentorId,
                           @Valid @RequestBody MentorProfileRequest request) {
        return profiles.save(cohortId, MentorId.of(mentorId), request.version(), request.profile());
    }
}
