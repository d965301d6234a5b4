package io.mentormatch.web.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.cohort.ProgramView;

/** The director's start page: every cohort they run, its stage and its counts. */
@Controller
class DashboardPageController {

    private final CohortService cohorts;
    private final ProgramService programs;
    private final CohortFigures figures;

    DashboardPageController(CohortService cohorts, ProgramService programs, CohortFigures figures) {
        this.cohorts = cohorts;
        this.programs = programs;
        this.figures = figures;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        Map<Long, String> programNames = programs.list().stream()
                .collect(Collectors.toMap(ProgramView::id, ProgramView::name));
        List<CohortRow> rows = cohorts.list(PageRequest.of(0, 200, Sort.by(Sort.Order.desc("academicYear"), Sort.Order.asc("name"))))
                .stream()
                .map(c -> new CohortRow(c, programNames.getOrDefault(c.programId(), ""), figures.of(c.id())))
                .toList();
        model.addAttribute("rows", rows);
        return "dashboard/dashboard";
    }

    public record CohortRow(CohortView cohort, String program, CohortCounts counts) {
    }
}
