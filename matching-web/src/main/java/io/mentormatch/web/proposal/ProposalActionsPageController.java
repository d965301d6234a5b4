package io.mentormatch.web.proposal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.ActionConsequences;
import io.mentormatch.api.proposal.ChangePreview;
import io.mentormatch.api.proposal.PairingEdits;
import io.mentormatch.api.proposal.ProposalFilter;
import io.mentormatch.api.proposal.ProposalReview;
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.proposal.ProposalWithdrawal;
import io.mentormatch.api.proposal.SwapReverts;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.Fits;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.RefusalShownOn;

/**
 * The review page's actions that reach mentors or people and cannot be taken back: applying a change, sending,
 * withdrawing and publishing. Each first shows its {@link Confirmation}; only a POST with {@code confirmed=true}
 * acts. Reverting a swap is itself the undo and acts at once. The figures come from {@link ActionConsequences}.
 */
@Controller
class ProposalActionsPageController {

    private final CohortService cohorts;
    private final ProposalReview review;
    private final PairingEdits edits;
    private final ProposalSending sending;
    private final ProposalWithdrawal withdrawal;
    private final SwapReverts swaps;
    private final PublicationService publications;
    private final RosterService rosters;
    private final ActionConsequences consequences;
    private final Fits fit;
    private final MessageSource messages;

    ProposalActionsPageController(CohortService cohorts, ProposalReview review, PairingEdits edits,
                                  ProposalSending sending, ProposalWithdrawal withdrawal, SwapReverts swaps,
                                  PublicationService publications, RosterService rosters,
                                  ActionConsequences consequences, Fits fit, MessageSource messages) {
        this.messages = messages;
        this.cohorts = cohorts;
        this.review = review;
        this.edits = edits;
        this.sending = sending;
        this.withdrawal = withdrawal;
        this.swaps = swaps;
        this.publications = publications;
        this.rosters = rosters;
        this.consequences = consequences;
        this.fit = fit;
    }

    @RefusalShownOn("/cohorts/{id}/proposals")
    @PostMapping("/cohorts/{id}/proposals/apply")
    String apply(@PathVariable long id, @Valid ChangeForm form, Model model,
                 @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed, RedirectAttributes redirect) {
        if (!Confirmation.given(confirmed)) {
            ChangePreview preview = edits.preview(id, form.toChange());
            if (!preview.warnings().isEmpty()) {
                redirect.addFlashAttribute("problem", String.join(" ", preview.warnings()));
                return reviewPage(id);
            }
            Map<String, String> mentorNames = rosters.mentors(id).stream()
                    .collect(Collectors.toMap(m -> m.code(), m -> m.name()));
            Map<String, ProposalView> pairings = review.page(id, ProposalFilter.ALL).everyone().stream()
                    .collect(Collectors.toMap(ProposalView::resident, Function.identity(), (a, b) -> a));
            return ProposalConfirmations.applying(messages, id, form, preview, mentorNames, pairings, cohorts.get(id), fit)
                    .show(model);
        }
        ChangePreview applied = edits.apply(id, form.toChange());
        redirect.addFlashAttribute("saved", words("review.saved.applied", fit.points(cohorts.get(id), applied)));
        return reviewPage(id);
    }

    @RefusalShownOn("/cohorts/{id}/proposals")
    @PostMapping("/cohorts/{id}/proposals/send")
    String send(@PathVariable long id, Model model,
                @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed, RedirectAttributes redirect) {
        if (!Confirmation.given(confirmed)) {
            return ProposalConfirmations.sending(messages, consequences.sending(id), cohorts.get(id).responseWindowDays())
                    .show(model);
        }
        int sent = sending.send(id).size();
        redirect.addFlashAttribute("saved", words("review.saved.sent", sent));
        return reviewPage(id);
    }

    @RefusalShownOn("/cohorts/{id}/proposals")
    @PostMapping("/cohorts/{id}/proposals/withdraw")
    String withdrawAll(@PathVariable long id, Model model,
                       @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed,
                       RedirectAttributes redirect) {
        if (!Confirmation.given(confirmed)) {
            return ProposalConfirmations.withdrawingAll(messages, consequences.withdrawing(id)).show(model);
        }
        int withdrawn = withdrawal.withdrawUnanswered(id).size();
        redirect.addFlashAttribute("saved", words("review.saved.withdrawnAll", withdrawn));
        return reviewPage(id);
    }

    @RefusalShownOn("/cohorts/{id}/proposals")
    @PostMapping("/cohorts/{id}/proposals/{proposalId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long proposalId, Model model,
                    @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed,
                    RedirectAttributes redirect) {
        if (!Confirmation.given(confirmed)) {
            consequences.withdrawing(id, proposalId);
            ProposalView proposal = review.page(id, ProposalFilter.ALL).everyone().stream()
                    .filter(p -> p.id() != null && p.id() == proposalId).findFirst().orElse(null);
            if (proposal == null) {
                redirect.addFlashAttribute("problem", words("review.problem.notCurrent"));
                return reviewPage(id);
            }
            return ProposalConfirmations.withdrawing(messages, id, proposal).show(model);
        }
        ProposalView withdrawn = withdrawal.withdraw(id, proposalId);
        redirect.addFlashAttribute("saved", words("review.saved.withdrawn", withdrawn.residentName(), withdrawn.mentorName()));
        return reviewPage(id);
    }

    /** Reverting a swap is the undo itself: it acts at once, and says what it restored. */
    @RefusalShownOn("/cohorts/{id}/proposals#swaps")
    @PostMapping("/cohorts/{id}/proposals/swaps/{swapId}/revert")
    String revertSwap(@PathVariable long id, @PathVariable long swapId, RedirectAttributes redirect) {
        ChangePreview reverted = swaps.revert(id, swapId);
        redirect.addFlashAttribute("saved", words("review.saved.reverted", fit.points(cohorts.get(id), reverted)));
        return reviewPage(id) + "#swaps";
    }

    @RefusalShownOn("/cohorts/{id}/proposals#publish")
    @PostMapping("/cohorts/{id}/publish")
    String publish(@PathVariable long id, @Valid PublishForm form, BindingResult binding, Model model,
                   @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed,
                   RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty() && form.overrides() && (form.reason() == null || form.reason().isBlank())) {
            errors.add("reason", words("review.publish.noReason"));
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("problem", String.join(" ", errors.messages().values()));
            return reviewPage(id) + "#publish";
        }
        if (!Confirmation.given(confirmed)) {
            return ProposalConfirmations.publishing(messages, consequences.publishing(id), form).show(model);
        }
        publications.publish(id, new PublishRequest(form.overrides(), form.reason()));
        return "redirect:/cohorts/" + id + "/published";
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String reviewPage(long id) {
        return "redirect:/cohorts/" + id + "/proposals";
    }
}
