package io.mentormatch.web.mentor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
import io.mentormatch.api.system.DomainException;
import io.mentormatch.api.system.InvalidInput;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.web.preference.WeekGrid;

/** The mentor's inbox: proposed mentees with the reasons, accept or decline with a reason, and their own profile. */
@Controller
class InboxPageController {

    private final MentorProfileService profiles;
    private final ProposalService proposals;
    private final MenteeProfiles mentees;
    private final CohortService cohorts;
    private final Validator validator;

    InboxPageController(MentorProfileService profiles, ProposalService proposals, MenteeProfiles mentees,
                        CohortService cohorts, Validator validator) {
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
        return page(me, view.profile(), view.version(), Map.of(), model);
    }

    @PostMapping("/inbox/{cohortId}/proposals/{proposalId}/accept")
    String accept(@PathVariable long cohortId, @PathVariable long proposalId, @RequestParam long version,
                  RedirectAttributes redirect) {
        try {
            ProposalView accepted = proposals.accept(cohortId, proposalId, new Decision(version, null));
            redirect.addFlashAttribute("saved", "You accepted " + accepted.residentName() + ". Thank you!");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/inbox/" + cohortId;
    }

    @PostMapping("/inbox/{cohortId}/proposals/{proposalId}/decline")
    String decline(@PathVariable long cohortId, @PathVariable long proposalId, @RequestParam long version,
                   @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            MentorMembership me = membership(cohortId);
            MentorProfileView view = profiles.profile(cohortId, MentorId.of(me.mentorId()));
            model.addAttribute("declineErrors", Map.of(proposalId, "Please say why, so the director can find a better mentor."));
            return page(me, view.profile(), view.version(), Map.of(), model);
        }
        try {
            List<ProposalView> result = proposals.decline(cohortId, proposalId, new Decision(version, reason));
            redirect.addFlashAttribute("saved", "You declined " + result.get(0).residentName()
                    + ". The matching looks for another mentor for them.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/inbox/" + cohortId;
    }

    @PostMapping("/inbox/{cohortId}/profile")
    String saveProfile(@PathVariable long cohortId, @RequestParam long version,
                       @RequestParam(defaultValue = "") String specialty,
                       @RequestParam(required = false) List<String> interests,
                       @RequestParam(required = false) List<String> availability,
                       @RequestParam(required = false) Integer capacity,
                       @RequestParam(defaultValue = "false") boolean accepting,
                       Model model, RedirectAttributes redirect) {
        MentorMembership me = membership(cohortId);
        MentorProfile profile = new MentorProfile(specialty,
                interests == null ? List.of() : interests.stream().filter(i -> !i.isBlank()).toList(),
                availability == null ? List.of() : availability, capacity, accepting);
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(profile).forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
        if (errors.isEmpty()) {
            try {
                profiles.save(cohortId, MentorId.of(me.mentorId()), version, profile);
                redirect.addFlashAttribute("saved", "Your profile is saved.");
                return "redirect:/inbox/" + cohortId + "#profile";
            } catch (InvalidInput e) {
                e.errors().forEach(p -> errors.putIfAbsent(field(p.field()), p.message()));
            } catch (ConcurrentEdit e) {
                model.addAttribute("problem", "Your profile was changed elsewhere in the meantime. Reload the page and apply your changes again.");
            } catch (DomainException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return page(me, profile, version, errors, model);
    }

    private String page(MentorMembership me, MentorProfile profile, long version, Map<String, String> errors, Model model) {
        List<ProposalView> mine = proposals.forMentor(me.cohortId(), me.mentorId());
        model.addAttribute("membership", me);
        model.addAttribute("cohort", cohorts.get(me.cohortId()));
        model.addAttribute("mentees", mentees.forMentor(me.cohortId(), me.mentorId()));
        model.addAttribute("waiting", mine.stream().filter(p -> p.state().name().equals("PROPOSED")).toList());
        model.addAttribute("decided", mine.stream().filter(p -> !p.state().name().equals("PROPOSED")).toList());
        model.addAttribute("profile", profile);
        model.addAttribute("editable", me.state().rosterEditable());
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
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
        return "mentor/inbox";
    }

    private MentorMembership membership(long cohortId) {
        return profiles.myProfiles().stream().filter(m -> m.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not a mentor of this cohort"));
    }

    private static String field(String path) {
        int cut = path.indexOf('[');
        return cut < 0 ? path : path.substring(0, cut);
    }
}
