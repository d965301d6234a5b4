package io.mentormatch.web.mentoring;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.goal.GoalService;
import io.mentormatch.api.health.HealthService;
import io.mentormatch.api.health.ProgramHealth;
import io.mentormatch.api.publication.NotPublished;
import io.mentormatch.web.proposal.Bar;

/**
 * The program health dashboard, the director's landing view of a published cohort, its CSV and a printable
 * end-of-year report. Counts only: no note, no goal text.
 */
@Controller
class HealthPageController {

    private final HealthService health;
    private final CohortService cohorts;

    HealthPageController(HealthService health, CohortService cohorts) {
        this.health = health;
        this.cohorts = cohorts;
    }

    @GetMapping("/cohorts/{id}/health")
    String dashboard(@PathVariable long id, Model model) {
        return page(id, model, "mentoring/health");
    }

    @GetMapping("/cohorts/{id}/health/report")
    String report(@PathVariable long id, Model model) {
        return page(id, model, "mentoring/report");
    }

    @GetMapping("/cohorts/{id}/health.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        CohortView cohort = cohorts.get(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(cohort.code() + "-health.csv").build().toString())
                .body(health.csv(id).getBytes(StandardCharsets.UTF_8));
    }

    private String page(long id, Model model, String view) {
        model.addAttribute("cohort", cohorts.get(id));
        try {
            ProgramHealth figures = health.health(id);
            model.addAttribute("health", figures);
            long most = figures.goalsByCompetency().values().stream().mapToLong(Long::longValue).max().orElse(0);
            model.addAttribute("goalBars", figures.goalsByCompetency().entrySet().stream()
                    .map(e -> new Bar(e.getKey(), e.getValue(), most, null)).toList());
            model.addAttribute("minimumGoalPairs", GoalService.MINIMUM_PAIRS);
            model.addAttribute("statusBars", figures.byStatus().entrySet().stream()
                    .map(e -> new Bar(e.getKey().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT), e.getValue(),
                            figures.pairs(), null)).toList());
        } catch (NotPublished e) {
            model.addAttribute("health", null);
        }
        return view;
    }
}
