package io.mentormatch.web.proposal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.CandidateFilter;
import io.mentormatch.api.proposal.DeclineDrafts;
import io.mentormatch.api.proposal.MentorNotInCohort;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.FormErrors;

/**
 * The declines waiting for the director ("Needs your review"): each decline's reason beside the matching's
 * suggestion and every other compatible mentor with a free seat; approving sends the proposal. The service decides.
 */
@Controller
class RematchDraftPageController {

    private final CohortService cohorts;
    private final DeclineDrafts drafts;

    RematchDraftPageController(CohortService cohorts, DeclineDrafts drafts) {
        this.cohorts = cohorts;
        this.drafts = drafts;
    }

    @GetMapping("/cohorts/{id}/rematch-drafts")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("drafts", drafts.open(id));
        return "proposal/rematch-drafts";
    }

    @GetMapping("/cohorts/{id}/rematch-drafts/{draftId}")
    String review(@PathVariable long id, @PathVariable long draftId, @Valid CandidateFilterForm filter,
                  BindingResult binding, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return reviewPage(id, draftId, errors.isEmpty() ? filter.filter() : CandidateFilter.NONE, errors, model);
    }

    @PostMapping("/cohorts/{id}/rematch-drafts/{draftId}/approve")
    String approve(@PathVariable long id, @PathVariable long draftId, @Valid ApproveRematchForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                ProposalView sent = drafts.approve(id, draftId, form.mentor());
                redirect.addFlashAttribute("saved", sent.residentName() + " is proposed to " + sent.mentorName()
                        + ", who gets an e-mail to accept or decline.");
                return "redirect:/cohorts/" + id + "/rematch-drafts";
            } catch (StateConflict | MentorNotInCohort e) {
                errors.add("form", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return reviewPage(id, draftId, CandidateFilter.NONE, errors, model);
    }

    private String reviewPage(long id, long draftId, CandidateFilter filter, FormErrors errors, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("draft", drafts.review(id, draftId, filter));
        model.addAttribute("errors", errors.messages());
        return "proposal/rematch-draft";
    }
}
