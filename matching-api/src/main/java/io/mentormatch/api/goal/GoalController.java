package io.mentormatch.api.goal;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}/pairings/{pairingId}/goals")
class GoalController {

    private final GoalService goals;

    GoalController(GoalService goals) {
        this.goals = goals;
    }

    @GetMapping
    List<GoalView> list(@PathVariable long cohortId, @PathVariable long pairingId) {
        return goals.list(cohortId, pairingId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    GoalView add(@PathVariable long cohortId, @PathVariable long pairingId, @Valid @RequestBody GoalRequest request) {
        return goals.add(cohortId, pairingId, request);
    }

    @PutMapping(path = "/{goalId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    GoalView update(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long goalId,
                    @Valid @RequestBody GoalRequest request) {
        return goals.update(cohortId, pairingId, goalId, request);
    }

    @DeleteMapping("/{goalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long goalId) {
        goals.remove(cohortId, pairingId, goalId);
    }
}
