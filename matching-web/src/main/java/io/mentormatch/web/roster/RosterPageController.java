package io.mentormatch.web.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.roster.ImportReport;
import io.mentormatch.api.roster.InvalidRoster;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.web.dashboard.CohortFigures;

/**
 * The cohort's roster: who is in it, and the CSV import. A file is first checked (dry run) and its report shown
 * line by line; the checked content travels with the page so "Import" imports exactly what was checked.
 */
@Controller
class RosterPageController {

    private final CohortService cohorts;
    private final RosterService rosters;
    private final CohortFigures figures;
    private final MessageSource messages;

    RosterPageController(CohortService cohorts, RosterService rosters, CohortFigures figures, MessageSource messages) {
        this.messages = messages;
        this.cohorts = cohorts;
        this.rosters = rosters;
        this.figures = figures;
    }

    @GetMapping("/cohorts/{id}/roster")
    String roster(@PathVariable long id, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("counts", figures.of(id));
        model.addAttribute("residents", rosters.residents(id));
        model.addAttribute("mentors", rosters.mentors(id));
        model.addAttribute("mentorsChosen", model.getAttribute("kind") == RosterKind.MENTORS);
        return "roster/roster";
    }

    @PostMapping("/cohorts/{id}/roster/check")
    String check(@PathVariable long id, @Valid CheckForm form, Model model, HttpServletResponse response)
            throws IOException {
        if (form.file() == null || form.file().isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("roster.import.noFile", null, LocaleContextHolder.getLocale()));
            model.addAttribute("kind", form.kind());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return roster(id, model);
        }
        String content = new String(form.file().getBytes(), StandardCharsets.UTF_8);
        ImportReport report = run(id, form.kind(), content, true);
        if (!report.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return report(id, form.kind(), content, report, model);
    }

    @PostMapping("/cohorts/{id}/roster/import")
    String importRoster(@PathVariable long id, @Valid ImportForm form, Model model, HttpServletResponse response) {
        try {
            ImportReport report = run(id, form.kind(), form.content(), false);
            model.addAttribute("imported", report);
            model.addAttribute("kind", form.kind());
            return roster(id, model);
        } catch (InvalidRoster e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return report(id, form.kind(), form.content(), run(id, form.kind(), form.content(), true), model);
        }
    }

    private ImportReport run(long id, RosterKind kind, String content, boolean dryRun) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return kind == RosterKind.RESIDENTS ? rosters.importResidents(id, bytes, dryRun) : rosters.importMentors(id, bytes, dryRun);
    }

    private String report(long id, RosterKind kind, String content, ImportReport report, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("report", report);
        model.addAttribute("reportRows", ReportRow.of(content, report));
        model.addAttribute("content", content);
        return roster(id, model);
    }

    enum RosterKind {
        RESIDENTS, MENTORS
    }

    /** "Check": the file chosen, and whether it lists residents or mentors. */
    record CheckForm(@NotNull RosterKind kind, MultipartFile file) {
    }

    /** "Import": exactly the content that was checked, sent back with the report. */
    record ImportForm(@NotNull RosterKind kind, @NotNull String content) {
    }
}
