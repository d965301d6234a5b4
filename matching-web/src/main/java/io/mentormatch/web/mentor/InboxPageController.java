package io.mentormatch.web.mentor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.mentor.MentorMembership;
import io.mentormatch.api.mentor.MentorProfile;
import io.mentormatch.api.mentor.MentorProfileService;
import io.mentormatch.api.mentor.MentorProfileView;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.MenteeProfiles;
import io.mentormatch.api.proposal.ProposalService;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.system.ConcurrentEdit;
import io.mentormatch.api.system.InvalidInput;
import io.mentormatch.api.system.StateConflict;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.web.preference.WeekGrid;
import io.mentormatch.web.system.FormErrors;

/** The mentor's inbox: proposed mentees with the reasons, accept or decline with a reason, and their own profile. */
@Controller
class InboxPageController {

    private final MentorProfileService profiles;
    private final ProposalService proposals;
    private final MenteeProfiles mentees;
    private final CohortService cohorts;
    private final Validator validator;
    private final ResidentSuggestionsModel suggestions;

    InboxPageController(MentorProfileService profiles, ProposalService proposals, MenteeProfiles mentees,
                        CohortService cohorts, Validator validator, ResidentSuggestionsModel suggestions) {
        this.suggestions = suggestions;
        this.profiles = profiles;
        this.proposals = proposals;
        this.mentees = mentees;
        this.cohorts = cohorts;
        this.validator = validator;
    }

    @GetMapping("/inbox")
    String inboxes(Model model) {
        List<MentorMembership> memberships = profiles.myProfiles();
        if (memberships.size() == 1) {
            return "redirect:/inbox/" + memberships.get(0).cohortId();
        }
        model.addAttribute("memberships", memberships);
        return "mentor/list";
    }

    @GetMapping("/inbox/{cohortId}")
    String inbox(@PathVariable long cohortId, Model model) {
        MentorMembership me = membership(cohortId);
        MentorProfileView view = profiles.profile(cohortId, MentorId.of(me.mentorId()));
        return page(me, view.profile(), view.version(), FormErrors.none(), model);
    }

    @PostMapping("/inbox/{cohortId}/proposals/{proposalId}/accept")
    String accept(@PathVariable long cohortId, @PathVariable long proposalId, @Valid AcceptForm form,
                  RedirectAttributes redirect) {
        try {
            ProposalView accepted = proposals.accept(cohortId, proposalId, new Decision(form.version(), null));
            redirect.addFlashAttribute("saved", "You accepted " + accepted.residentName() + ". Thank you!");
        } catch (StateConflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/inbox/" + cohortId;
    }

    @PostMapping("/inbox/{cohortId}/proposals/{proposalId}/decline")
    String decline(@PathVariable long cohortId, @PathVariable long proposalId, @Valid DeclineForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                List<ProposalView> result = proposals.decline(cohortId, proposalId, new Decision(form.version(), form.reason()));
                redirect.addFlashAttribute("saved", "You declined " + result.get(0).residentName()
                        + ". The matching looks for another mentor for them.");
                return "redirect:/inbox/" + cohortId;
            } catch (StateConflict e) {
                redirect.addFlashAttribute("problem", e.getMessage());
                return "redirect:/inbox/" + cohortId;
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        MentorMembership me = membership(cohortId);
        MentorProfileView view = profiles.profile(cohortId, MentorId.of(me.mentorId()));
        model.addAttribute("declineErrors", Map.of(proposalId, String.join(" ", errors.messages().values())));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(me, view.profile(), view.version(), FormErrors.none(), model);
    }

    @PostMapping("/inbox/{cohortId}/profile")
    String saveProfile(@PathVariable long cohortId, @Valid ProfileForm form, BindingResult binding, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        MentorMembership me = membership(cohortId);
        FormErrors errors = FormErrors.of(binding);
        if (form == null) {
            MentorProfileView saved = profiles.profile(cohortId, MentorId.of(me.mentorId()));
            errors.show(model, response);
            return page(me, saved.profile(), saved.version(), errors, model);
        }
        MentorProfile profile = form.toProfile();
        if (errors.isEmpty()) {
            errors.add(validator.validate(profile));
        }
        if (errors.isEmpty()) {
            try {
                profiles.save(cohortId, MentorId.of(me.mentorId()), form.version(), profile);
                redirect.addFlashAttribute("saved", "Your profile is saved.");
                return "redirect:/inbox/" + cohortId + "#profile";
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (ConcurrentEdit e) {
                model.addAttribute("problem", "Your profile was changed elsewhere in the meantime. Reload the page and apply your changes again.");
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (StateConflict e) {
                model.addAttribute("problem", e.getMessage());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        errors.show(model, response);
        return page(me, profile, form.version() == null ? 0 : form.version(), errors, model);
    }

    private String page(MentorMembership me, MentorProfile profile, long version, FormErrors errors, Model model) {
        List<ProposalView> mine = proposals.forMentor(me.cohortId(), me.mentorId());
        model.addAttribute("membership", me);
        model.addAttribute("cohort", cohorts.get(me.cohortId()));
        model.addAttribute("mentees", mentees.forMentor(me.cohortId(), me.mentorId()));
        model.addAttribute("waiting", mine.stream().filter(p -> p.state().name().equals("PROPOSED")).toList());
        model.addAttribute("decided", mine.stream().filter(p -> !p.state().name().equals("PROPOSED")).toList());
        model.addAttribute("profile", profile);
        model.addAttribute("editable", me.state().rosterEditable());
        model.addAttribute("version", version);
        model.addAttribute("errors", errors.messages());
        if (!model.containsAttribute("declineErrors")) {
            model.addAttribute("declineErrors", Map.of());
        }
        List<String> interestInputs = new ArrayList<>(profile.interests());
        while (interestInputs.size() < Math.max(5, profile.interests().size() + 2)) {
            interestInputs.add("");
        }
        model.addAttribute("interestInputs", interestInputs);
        model.addAttribute("days", WeekGrid.DAYS);
        model.addAttribute("dayNames", WeekGrid.DAY_NAMES);
        model.addAttribute("hours", WeekGrid.HOURS);
        model.addAttribute("otherSlots", WeekGrid.outside(profile.availability()));
        suggestions.addTo(model, me, profile);
        return "mentor/inbox";
    }

    private MentorMembership membership(long cohortId) {
        return profiles.myProfiles().stream().filter(m -> m.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a mentor of this cohort"));
    }
}
