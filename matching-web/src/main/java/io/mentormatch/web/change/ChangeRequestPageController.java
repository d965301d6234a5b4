package io.mentormatch.web.change;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.change.ChangeDecision;
import io.mentormatch.api.change.ChangeDecisionPages;
import io.mentormatch.api.change.ChangeDecisions;
import io.mentormatch.api.change.ChangeRequestFilter;
import io.mentormatch.api.change.ChangeRequestView;
import io.mentormatch.api.change.ChangeRequests;
import io.mentormatch.api.change.NewChangeRequest;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.CandidateFilter;
import io.mentormatch.api.proposal.MentorNotInCohort;
import io.mentormatch.api.proposal.RematchPreviewStale;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.proposal.CandidateFilterForm;
import io.mentormatch.web.proposal.RematchForm;
import io.mentormatch.web.system.FormErrors;

/**
 * Mid-year change of mentor: a resident or mentor asks from their published pairing; the director lists the open
 * requests and decides each on its own page: any compatible mentor with a free seat (ranked, filtered), or other
 * named residents moving too (previewed, then approved), or a decline. The services decide.
 */
@Controller
class ChangeRequestPageController {

    private final CohortService cohorts;
    private final ChangeRequests requests;
    private final ChangeDecisions decisions;
    private final ChangeDecisionPages pages;
    private final MessageSource messages;

    ChangeRequestPageController(CohortService cohorts, ChangeRequests requests, ChangeDecisions decisions,
                                ChangeDecisionPages pages, MessageSource messages) {
        this.cohorts = cohorts;
        this.requests = requests;
        this.decisions = decisions;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/cohorts/{id}/published/{pairingId}/change-request")
    String form(@PathVariable long id, @PathVariable long pairingId, Model model) {
        return requestPage(id, pairingId, "", FormErrors.none(), model);
    }

    @PostMapping("/cohorts/{id}/published/{pairingId}/change-request")
    String request(@PathVariable long id, @PathVariable long pairingId, @Valid ChangeRequestForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                requests.request(id, pairingId, new NewChangeRequest(form.reason()));
                redirect.addFlashAttribute("saved", words("change.request.sent"));
                return "redirect:/cohorts/" + id + "/published";
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (StateConflict e) {
                errors.add("reason", e.getMessage());
            }
        }
        errors.show(model, response);
        return requestPage(id, pairingId, form.reason(), errors, model);
    }

    @GetMapping("/cohorts/{id}/change-requests")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("open", requests.list(id, ChangeRequestFilter.OPEN));
        model.addAttribute("decided", requests.list(id, ChangeRequestFilter.DECIDED));
        return "change/review";
    }

    /** One request's decision page: the reason beside every compatible mentor with a free seat, filtered. */
    @GetMapping("/cohorts/{id}/change-requests/{requestId}")
    String decide(@PathVariable long id, @PathVariable long requestId, @Valid CandidateFilterForm filter,
                  BindingResult binding, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return decisionPage(id, requestId, errors.isEmpty() ? filter.filter() : CandidateFilter.NONE, errors, model);
    }

    /** The decision page with who would move if the named residents may, or its field messages with status 400. */
    @GetMapping("/cohorts/{id}/change-requests/{requestId}/rematch-preview")
    String rematchPreview(@PathVariable long id, @PathVariable long requestId, @Valid RematchForm form,
                          BindingResult binding, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("preview", decisions.rematchPreview(id, requestId, form.moves(), form.allowed()));
            } catch (InvalidInput | StateConflict e) {
                errors.add(e);
            }
        }
        return rematchPage(id, requestId, form, errors, model, response);
    }

    @PostMapping("/cohorts/{id}/change-requests/{requestId}/approve-moves")
    String approveMoves(@PathVariable long id, @PathVariable long requestId, @Valid RematchForm form,
                        BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                ChangeRequestView decided = decisions.decide(id, requestId,
                        ChangeDecision.approveMoves(form.minimalChange()));
                redirect.addFlashAttribute("saved", words("change.decide.movesApplied", decided.residentName(),
                        decided.newMentorName()));
                return "redirect:/cohorts/" + id + "/change-requests";
            } catch (RematchPreviewStale e) {
                model.addAttribute("preview", e.preview());
                errors.add("form", words("change.decide.stale"));
            } catch (InvalidInput | StateConflict | MentorNotInCohort e) {
                errors.add(e);
            }
        }
        return rematchPage(id, requestId, form, errors, model, response);
    }

    private String rematchPage(long id, long requestId, RematchForm form, FormErrors errors, Model model,
                               HttpServletResponse response) {
        model.addAttribute("rematchForm", form);
        model.addAttribute("rematchErrors", errors.messages());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return decisionPage(id, requestId, CandidateFilter.NONE, FormErrors.none(), model);
    }

    @PostMapping("/cohorts/{id}/change-requests/{requestId}/approve")
    String approve(@PathVariable long id, @PathVariable long requestId, @Valid ApproveChangeForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, requestId, FormErrors.of(binding), () -> ChangeDecision.approve(form.mentor()), model,
                response, redirect);
    }

    @PostMapping("/cohorts/{id}/change-requests/{requestId}/decline")
    String decline(@PathVariable long id, @PathVariable long requestId, @Valid DeclineChangeForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, requestId, FormErrors.of(binding), () -> ChangeDecision.decline(form.reason()), model,
                response, redirect);
    }

    private String decide(long id, long requestId, FormErrors errors, Supplier<ChangeDecision> decision,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.isEmpty()) {
            try {
                ChangeRequestView decided = decisions.decide(id, requestId, decision.get());
                redirect.addFlashAttribute("saved", decided.newMentorName() == null
                        ? words("change.decide.declined.done", decided.residentName(), decided.mentorName())
                        : words("change.decide.approved.done", decided.residentName(), decided.newMentorName()));
                return "redirect:/cohorts/" + id + "/change-requests";
            } catch (InvalidInput | StateConflict | MentorNotInCohort e) {
                errors.add(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return decisionPage(id, requestId, CandidateFilter.NONE, errors, model);
    }

    private String decisionPage(long id, long requestId, CandidateFilter filter, FormErrors errors, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("page", pages.page(id, requestId, filter));
        model.addAttribute("errors", errors.messages());
        if (!model.containsAttribute("rematchErrors")) {
            model.addAttribute("rematchErrors", Map.of());
        }
        return "change/decide";
    }

    private String requestPage(long id, long pairingId, String reason, FormErrors errors, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("pairing", requests.pairing(id, pairingId));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors.messages());
        return "change/request";
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
