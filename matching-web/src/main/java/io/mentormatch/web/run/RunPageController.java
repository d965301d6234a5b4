package io.mentormatch.web.run;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStartCheck;
import io.mentormatch.api.run.RunStartConsequence;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.Formats;
import io.mentormatch.web.system.RefusalShownOn;

/**
 * Matching runs of a cohort: start one, watch it live (htmx polls the progress fragment every second until the
 * run is over), cancel it.
 */
@Controller
class RunPageController {

    private static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    /** The page lists the latest runs and says how many there are in all; the API pages through every one. */
    private static final int LATEST_RUNS = 20;
    private static final String TIME_LIMIT = "must be between 1 and " + StartRun.MAX_TIME_LIMIT_SECONDS + " seconds";

    private final CohortService cohorts;
    private final RunService runs;
    private final RunStartCheck startCheck;
    private final Formats fmt;
    private final MessageSource messages;

    RunPageController(CohortService cohorts, RunService runs, RunStartCheck startCheck, Formats fmt,
                      MessageSource messages) {
        this.cohorts = cohorts;
        this.runs = runs;
        this.startCheck = startCheck;
        this.fmt = fmt;
        this.messages = messages;
    }

    @GetMapping("/cohorts/{id}/runs")
    String runs(@PathVariable long id, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        Page<RunView> latest = runs.list(id, PageRequest.of(0, LATEST_RUNS, Sort.by(Sort.Direction.DESC, "requestedAt")));
        model.addAttribute("runs", latest.getContent());
        model.addAttribute("runCount", latest.getTotalElements());
        model.addAttribute("defaultTimeLimit", DEFAULT_TIME_LIMIT_SECONDS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "run/runs";
    }

    /**
     * Starts a run once confirmed: the first POST shows what it will do (the forms it closes, the ones missing);
     * before the deadline the director must also tick closing the forms now.
     */
    @RefusalShownOn("/cohorts/{id}/runs")
    @PostMapping("/cohorts/{id}/runs")
    String start(@PathVariable long id, @Valid StartRunForm form, BindingResult binding, Model model,
                 @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed,
                 @RequestParam(name = StartConfirmation.CLOSE_NOW, defaultValue = "") String closeNow,
                 HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            errors.show(model, response);
            return runs(id, model);
        }
        RunStartConsequence consequence = startCheck.consequence(id);
        boolean choiceMissed = Confirmation.given(confirmed) && consequence.needsClosingChoice()
                && !Confirmation.ticked(closeNow);
        if (!Confirmation.given(confirmed) || choiceMissed) {
            if (choiceMissed) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return StartConfirmation.of(messages, consequence, form.mode(), form.timeLimitSeconds(), choiceMissed, fmt)
                    .show(model);
        }
        RunView run = runs.start(id, new StartRun(form.mode(), form.timeLimitSeconds()));
        return "redirect:/cohorts/" + id + "/runs/" + run.id();
    }

    @GetMapping("/cohorts/{id}/runs/{runId}")
    String run(@PathVariable long id, @PathVariable long runId, Model model) {
        show(model, id, runs.get(id, runId));
        return "run/run";
    }

    @GetMapping("/cohorts/{id}/runs/{runId}/progress")
    String progress(@PathVariable long id, @PathVariable long runId, Model model) {
        show(model, id, runs.get(id, runId));
        return "run/run :: progress";
    }

    @PostMapping("/cohorts/{id}/runs/{runId}/cancel")
    String cancel(@PathVariable long id, @PathVariable long runId, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        RunView run;
        try {
            run = runs.cancel(id, runId);
        } catch (StateConflict e) {
            run = runs.get(id, runId);
        }
        if (htmx == null) {
            return "redirect:/cohorts/" + id + "/runs/" + runId;
        }
        show(model, id, run);
        return "run/run :: progress";
    }

    /** The run's progress and, once it has succeeded, its figures. */
    private void show(Model model, long id, RunView run) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("progress", RunProgress.of(run));
        model.addAttribute("result", run.status() == RunStatus.SUCCEEDED ? runs.result(id, run.id()) : null);
    }

    /** "Start a run": the mode and the most the local search may take. */
    record StartRunForm(@NotNull @Pattern(regexp = "optimal|stable|stable-mentor-optimal|rank-maximal|optimal-load-balanced",
                                 message = "Choose one of the modes offered.") String mode,
                        @NotNull(message = TIME_LIMIT) @Min(value = 1, message = TIME_LIMIT)
                        @Max(value = StartRun.MAX_TIME_LIMIT_SECONDS, message = TIME_LIMIT) Integer timeLimitSeconds) {
    }
}
