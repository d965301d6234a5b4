package io.mentormatch.web.proposal;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.DeclineRematch;
import io.mentormatch.api.proposal.PairingChange;
import io.mentormatch.api.proposal.PairingEdits;
import io.mentormatch.api.proposal.ProposalFilter;
import io.mentormatch.api.proposal.ProposalReview;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.proposal.RematchPreview;
import io.mentormatch.api.proposal.RematchPreviewStale;
import io.mentormatch.api.proposal.ReviewPage;
import io.mentormatch.api.proposal.SwapReverts;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;
import io.mentormatch.api.problem.DomainException;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.RefusalShownOn;

/**
 * The director's review of a cohort's pairings: list with sort and filter, pin and unpin, swap and reassign with a
 * preview of the score change, the run's gap and blocking pairs, charts, then sending and publishing; for a resident a
 * mentor declined, a re-match with minimal change (up to k others move), previewed and then applied. What is shown
 * and what counts as a low score come from {@link ProposalReview}; this class only renders. Applying, sending,
 * withdrawing and publishing, each confirmed first, are {@link ProposalActionsPageController}'s.
 */
@Controller
class ProposalPageController {

    private final CohortService cohorts;
    private final ProposalReview review;
    private final PairingEdits edits;
    private final RosterService rosters;
    private final RunService runs;
    private final DeclineRematch declineRematch;
    private final SwapReverts swaps;
    private final MessageSource messages;

    ProposalPageController(CohortService cohorts, ProposalReview review, PairingEdits edits, RosterService rosters,
                           RunService runs, DeclineRematch declineRematch, SwapReverts swaps, MessageSource messages) {
        this.cohorts = cohorts;
        this.review = review;
        this.edits = edits;
        this.rosters = rosters;
        this.runs = runs;
        this.declineRematch = declineRematch;
        this.swaps = swaps;
        this.messages = messages;
    }

    @GetMapping("/cohorts/{id}/proposals")
    String review(@PathVariable long id, @RequestParam(defaultValue = "ALL") ProposalFilter filter,
                  @RequestParam(defaultValue = "resident") String sort, Model model) {
        ReviewPage page = review.page(id, filter);
        var mentors = rosters.mentors(id);
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", ProposalFilter.values());
        model.addAttribute("sort", sort);
        model.addAttribute("lowFitPercent", page.lowFitPercent());
        model.addAttribute("averageFit", page.averageFit());
        model.addAttribute("fitParts", page.fitParts());
        model.addAttribute("pairings", page.shown().stream().sorted(order(sort)).toList());
        model.addAttribute("matchedCount", page.counts().matched());
        model.addAttribute("unmatchedCount", page.counts().unmatched());
        model.addAttribute("drafts", page.counts().drafts());
        model.addAttribute("open", page.counts().open());
        model.addAttribute("accepted", page.counts().accepted());
        model.addAttribute("mentors", mentors);
        model.addAttribute("residents", ResidentChoice.of(page.everyone()));
        Optional<RunView> run = latestSucceededRun(id);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("runResult", run.map(r -> runs.result(id, r.id())).orElse(null));
        model.addAttribute("charts", ReviewCharts.of(page.everyone(), mentors, messages));
        model.addAttribute("declined", declineRematch.declined(id));
        model.addAttribute("swaps", swaps.list(id));
        if (!model.containsAttribute("rematchErrors")) {
            model.addAttribute("rematchErrors", Map.of());
        }
        return "proposal/review";
    }

    /**
     * The review page with the minimal-change preview for a resident re-matched after a decline, or its field messages
     * with status 400.
     */
    @GetMapping("/cohorts/{id}/proposals/{proposalId}/rematch-preview")
    String rematchPreview(@PathVariable long id, @PathVariable long proposalId, @Valid RematchForm form,
                          BindingResult binding, Model model, HttpServletResponse response) {
        FormErrors errors = rematchErrors(id, proposalId, form, binding);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("rematchPreview", declineRematch.preview(id, proposalId, form.minimalChange()));
            } catch (InvalidInput | StateConflict e) {
                errors.add(e);
            }
        }
        return rematchPage(id, proposalId, form, errors, model, response);
    }

    /** Applies the previewed moves: every moved resident's new proposal goes to their new mentor, who answers it. */
    @PostMapping("/cohorts/{id}/proposals/{proposalId}/rematch")
    String rematch(@PathVariable long id, @PathVariable long proposalId, @Valid RematchForm form, BindingResult binding,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = rematchErrors(id, proposalId, form, binding);
        if (errors.isEmpty()) {
            try {
                RematchPreview applied = declineRematch.apply(id, proposalId, form.minimalChange());
                RematchPreview.Move needed = applied.moves().get(0);
                redirect.addFlashAttribute("saved", messages.getMessage("review.saved.rematched",
                        new Object[] {needed.residentName(), needed.toMentorName(), applied.othersMoved()},
                        LocaleContextHolder.getLocale()));
                return "redirect:/cohorts/" + id + "/proposals";
            } catch (RematchPreviewStale e) {
                model.addAttribute("rematchPreview", e.preview());
                errors.add("form", message("review.problem.staleRematch"));
            } catch (InvalidInput | StateConflict e) {
                errors.add(e);
            }
        }
        return rematchPage(id, proposalId, form, errors, model, response);
    }

    /**
     * The form's field messages, in the page's words: the number of moves is chosen from a list, and only residents the
     * page offered may be ticked (anything else is a stale or altered form, never a code to echo).
     */
    private FormErrors rematchErrors(long id, long proposalId, RematchForm form, BindingResult binding) {
        FormErrors errors = FormErrors.none();
        if (binding.hasFieldErrors("k")) {
            errors.add("k", message("rematch.others.invalid"));
        }
        var offered = declineRematch.declined(id).stream().filter(d -> d.declinedProposalId() == proposalId)
                .flatMap(d -> d.movable().stream()).map(DeclineRematch.Movable::resident).toList();
        if (!binding.hasFieldErrors("allowAccepted") && !offered.containsAll(form.allowed())) {
            errors.add("allowAccepted", message("rematch.settled.unknown"));
        }
        FormErrors.of(binding).messages().forEach(errors::add);
        return errors;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String rematchPage(long id, long proposalId, RematchForm form, FormErrors errors, Model model,
                               HttpServletResponse response) {
        model.addAttribute("previewFor", proposalId);
        model.addAttribute("rematchForm", form);
        model.addAttribute("rematchErrors", errors.messages());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return review(id, ProposalFilter.ALL, "resident", model);
    }

    @RefusalShownOn("/cohorts/{id}/proposals")
    @PostMapping("/cohorts/{id}/proposals/{proposalId}/pin")
    String pin(@PathVariable long id, @PathVariable long proposalId, @Valid PinForm form, RedirectAttributes redirect) {
        ProposalView view = edits.pin(id, proposalId, form.pinned());
        redirect.addFlashAttribute("saved", (form.pinned() ? "Pinned: " : "Unpinned: ") + view.residentName() + " with " + view.mentorName() + ".");
        return "redirect:/cohorts/" + id + "/proposals";
    }

    /** The score change of a hand edit, shown before it is applied (an htmx fragment, or the whole page without JS). */
    @PostMapping("/cohorts/{id}/proposals/preview")
    String preview(@PathVariable long id, @Valid ChangeForm form,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        PairingChange change = form.toChange();
        model.addAttribute("change", change);
        model.addAttribute("mentorNames", rosters.mentors(id).stream()
                .collect(Collectors.toMap(m -> m.code(), m -> m.name())));
        model.addAttribute("residentNames", review.page(id, ProposalFilter.UNMATCHED).everyone().stream()
                .collect(Collectors.toMap(ProposalView::resident, ProposalView::residentName, (a, b) -> a)));
        try {
            model.addAttribute("preview", edits.preview(id, change));
        } catch (DomainException e) {
            model.addAttribute("previewProblem", e.getMessage());
        }
        if (htmx != null) {
            model.addAttribute("cohort", cohorts.get(id));
            return "proposal/review :: preview";
        }
        return review(id, ProposalFilter.ALL, "resident", model);
    }

    private Optional<RunView> latestSucceededRun(long id) {
        return runs.list(id, PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "requestedAt"))).stream()
                .filter(r -> r.status() == RunStatus.SUCCEEDED).findFirst();
    }

    private static Comparator<ProposalView> order(String sort) {
        Comparator<ProposalView> byResident = Comparator.comparing(ProposalView::residentName);
        return switch (sort) {
            case "score" -> Comparator.comparing((ProposalView p) -> p.pairScore() == null ? Integer.MIN_VALUE : p.pairScore()).thenComparing(byResident);
            case "score-desc" -> Comparator.comparing((ProposalView p) -> p.pairScore() == null ? Integer.MIN_VALUE : p.pairScore()).reversed().thenComparing(byResident);
            case "mentor" -> Comparator.comparing((ProposalView p) -> p.mentorName() == null ? "~" : p.mentorName()).thenComparing(byResident);
            default -> byResident;
        };
    }
}
