package io.mentormatch.web.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.NewCohort;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.cohort.ProgramView;
import io.mentormatch.api.proposal.DeclineDrafts;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.Formats;

/** The director's start page: every cohort they run, its stage and its counts, and a form for a new cohort. */
@Controller
class DashboardPageController {

    private final CohortService cohorts;
    private final ProgramService programs;
    private final CohortFigures figures;
    private final Validator validator;
    private final Formats formats;
    private final DeclineDrafts drafts;

    DashboardPageController(CohortService cohorts, ProgramService programs, CohortFigures figures, Validator validator,
                            Formats formats, DeclineDrafts drafts) {
        this.cohorts = cohorts;
        this.programs = programs;
        this.figures = figures;
        this.validator = validator;
        this.formats = formats;
        this.drafts = drafts;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        if (!model.containsAttribute("newCohort")) {
            model.addAttribute("newCohort", NewCohortForm.empty());
            model.addAttribute("errors", Map.of());
        }
        List<ProgramView> visiblePrograms = programs.list();
        Map<Long, String> programNames = visiblePrograms.stream().collect(Collectors.toMap(ProgramView::id, ProgramView::name));
        List<CohortRow> rows = cohorts.all(Sort.by(Sort.Order.desc("academicYear"), Sort.Order.asc("name"))).stream()
                .map(c -> new CohortRow(c, programNames.getOrDefault(c.programId(), ""), figures.of(c.id()),
                        drafts.pending(c.id())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("programs", visiblePrograms);
        return "dashboard/dashboard";
    }

    @PostMapping("/cohorts")
    String create(@Valid @ModelAttribute("newCohort") NewCohortForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            NewCohort request = form.toNewCohort(formats.zone());
            errors.add(validator.validate(request));
            if (errors.isEmpty()) {
                try {
                    CohortView created = cohorts.create(request);
                    return "redirect:/cohorts/" + created.id() + "/roster";
                } catch (InvalidInput e) {
                    errors.add(e);
                }
            }
        }
        errors.show(model, response);
        if (model.getAttribute("newCohort") == null) {
            model.addAttribute("newCohort", NewCohortForm.empty());
        }
        return dashboard(model);
    }

    /** @param needsReview the declines whose re-match waits for the director */
    public record CohortRow(CohortView cohort, String program, CohortCounts counts, long needsReview) {
    }
}
