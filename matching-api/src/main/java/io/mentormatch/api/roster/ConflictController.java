package io.mentormatch.api.roster;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}/conflicts")
class ConflictController {

    private final ConflictService conflicts;

    ConflictController(ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping
    List<ConflictOfInterest> list(@PathVariable long cohortId) {
        return conflicts.conflicts(cohortId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ConflictOfInterest declare(@PathVariable long cohortId, @Valid @RequestBody ConflictOfInterest conflict) {
        return conflicts.declare(cohortId, conflict);
    }

    @DeleteMapping("/{residentId}/{mentorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long cohortId, @PathVariable String residentId, @PathVariable String mentorId) {
        conflicts.withdraw(cohortId, residentId, mentorId);
    }
}
