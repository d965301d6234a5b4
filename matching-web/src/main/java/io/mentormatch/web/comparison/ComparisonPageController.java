package io.mentormatch.web.comparison;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.comparison.ModeComparisons;
import io.mentormatch.api.run.ResultWords;
import io.mentormatch.api.problem.DomainException;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.compare.ModeComparison;
import io.mentormatch.core.compare.ModeComparison.Comparison;

/**
 * "Compare modes": what each matching mode would give the cohort, before a run, and a button per mode that starts a
 * run in it (the runs page's own form). The page comes at once; its table is fetched by htmx as soon as it loads,
 * so the director sees that the modes are being compared while they are solved.
 */
@Controller
class ComparisonPageController {

    private static final Logger log = LoggerFactory.getLogger(ComparisonPageController.class);
    /** The load-balanced row's local search; the exact modes always finish. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /** What the buttons give a run: the runs page's default. */
    static final int RUN_TIME_LIMIT_SECONDS = 30;

    private final CohortService cohorts;
    private final ModeComparisons comparisons;
    private final MessageSource messages;

    ComparisonPageController(CohortService cohorts, ModeComparisons comparisons, MessageSource messages) {
        this.messages = messages;
        this.cohorts = cohorts;
        this.comparisons = comparisons;
    }

    @GetMapping("/cohorts/{id}/comparison")
    String page(@PathVariable long id, Model model) {
        List<String> modes = comparisons.modes(id);
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("modes", modes.stream().map(ResultWords::mode).toList());
        return "comparison/comparison";
    }

    @GetMapping("/cohorts/{id}/comparison/table")
    String table(@PathVariable long id, Model model) {
        CohortView cohort = cohorts.get(id);
        model.addAttribute("cohort", cohort);
        model.addAttribute("runTimeLimit", RUN_TIME_LIMIT_SECONDS);
        model.addAttribute("misreportCheckAll", ModeComparison.MISREPORT_CHECK_ALL);
        try {
            Comparison comparison = comparisons.compare(id, TIME_LIMIT).join();
            List<ModeRow> rows = ModeRow.of(comparison);
            model.addAttribute("rows", rows);
            FitScale scale = FitScale.of(cohort, Layer.PRIMARY);
            model.addAttribute("firstChoiceBars", rows.stream().map(ModeRow::firstChoiceBar).toList());
            model.addAttribute("averageFitBars", rows.stream().map(r -> r.averageFitBar(scale)).toList());
        } catch (DomainException e) {
            model.addAttribute("problem", e.getMessage());
        } catch (CompletionException e) {
            log.error("comparing the modes of cohort {} failed", id, e.getCause());
            model.addAttribute("problem", messages.getMessage("comparison.failed", null, LocaleContextHolder.getLocale()));
        }
        return "comparison/table :: table";
    }
}
