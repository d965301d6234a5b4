package io.mentormatch.api.comparison;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.core.compare.ModeComparison.Comparison;

/**
 * {@code POST /api/cohorts/{cohortId}/comparison}: solves the cohort in every mode and answers the figures side by
 * side. A POST because it computes (and may queue) rather than reads; the answer is asynchronous, so the request
 * thread is free while the modes are solved.
 */
@RestController
class ComparisonController {

    private final ModeComparisons comparisons;

    ComparisonController(ModeComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @PostMapping(path = "/api/cohorts/{cohortId}/comparison", consumes = MediaType.APPLICATION_JSON_VALUE)
    CompletableFuture<Comparison> compare(@PathVariable long cohortId, @Valid @RequestBody CompareModes request) {
        return comparisons.compare(cohortId, Duration.ofSeconds(request.timeLimitSeconds()));
    }
}
