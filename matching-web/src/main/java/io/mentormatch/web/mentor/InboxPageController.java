package io.mentormatch.web.mentor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.mentor.MentorMembership;
import io.mentormatch.api.mentor.MentorProfile;
import io.mentormatch.api.mentor.MentorProfileService;
import io.mentormatch.api.mentor.MentorProfileView;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.MenteeProfiles;
import io.mentormatch.api.proposal.MentorDecisions;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.web.system.CalendarImport;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.Phrases;
import io.mentormatch.web.system.ProfileInputs;
import io.mentormatch.web.system.RefusalShownOn;

/** The mentor's inbox: proposed mentees with the reasons, accept or decline with a reason, and their own profile. */
@Controller
class InboxPageController {

    private final MentorProfileService profiles;
    private final MentorDecisions decisions;
    private final MenteeProfiles mentees;
    private final CohortService cohorts;
    private final Validator validator;
    private final ResidentSuggestionsModel suggestions;
    private final CalendarImport calendars;
    private final MessageSource messages;

    InboxPageController(MentorProfileService profiles, MentorDecisions decisions, MenteeProfiles mentees,
                        CohortService cohorts, Validator validator, ResidentSuggestionsModel suggestions,
                        CalendarImport calendars, MessageSource messages) {
        this.calendars = calendars;
        this.suggestions = suggestions;
        this.profiles = profiles;
        this.decisions = decisions;
        this.mentees = mentees;
        this.cohorts = cohorts;
        this.validator = validator;
        this.messages = messages;
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
        MentorMembership me = profiles.myProfile(cohortId);
        MentorProfileView view = profiles.profile(cohortId, MentorId.of(me.mentorId()));
        model.addAttribute("awaitsConfirmation", view.awaitsConfirmation());
        return page(me, view.profile(), view.version(), FormErrors.none(), model);
    }

    @RefusalShownOn("/inbox/{cohortId}")
    @PostMapping("/inbox/{cohortId}/proposals/{proposalId}/accept")
    String accept(@PathVariable long cohortId, @PathVariable long proposalId, @Valid AcceptForm form,
                  RedirectAttributes redirect) {
        ProposalView accepted = decisions.accept(cohortId, proposalId, new Decision(form.version(), null));
        redirect.addFlashAttribute("saved", Phrases.say(messages, "notice.inbox.accepted", accepted.residentName()));
        return "redirect:/inbox/" + cohortId;
    }

    @RefusalShownOn("/inbox/{cohortId}")
    @PostMapping("/inbox/{cohortId}/proposals/{proposalId}/decline")
    String decline(@PathVariable long cohortId, @PathVariable long proposalId, @Valid DeclineForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect,
                   @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                if (!Confirmation.given(confirmed)) {
                    return DeclineConfirmation.of(messages, cohortId, decisions.toAnswer(cohortId, proposalId), form)
                            .show(model);
                }
                List<ProposalView> result = decisions.decline(cohortId, proposalId, new Decision(form.version(), form.reason()));
                redirect.addFlashAttribute("saved", Phrases.say(messages, "notice.inbox.declined",
                        result.get(0).residentName()));
                return "redirect:/inbox/" + cohortId;
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        MentorMembership me = profiles.myProfile(cohortId);
        MentorProfileView view = profiles.profile(cohortId, MentorId.of(me.mentorId()));
        model.addAttribute("awaitsConfirmation", view.awaitsConfirmation());
        model.addAttribute("declineErrors", Map.of(proposalId, String.join(" ", errors.messages().values())));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(me, view.profile(), view.version(), FormErrors.none(), model);
    }

    @PostMapping("/inbox/{cohortId}/profile")
    String saveProfile(@PathVariable long cohortId, @Valid ProfileForm form, BindingResult binding, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        MentorMembership me = profiles.myProfile(cohortId);
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
                redirect.addFlashAttribute("saved", Phrases.say(messages, "notice.inbox.profileSaved"));
                return "redirect:/inbox/" + cohortId + "#profile";
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (StateConflict e) {
                FormErrors.conflict(e, "profile", model, response);
            }
        }
        errors.show(model, response);
        return page(me, profile, form.version() == null ? 0 : form.version(), errors, model);
    }

    /** Fills in the profile's weekly hours from a calendar (issue 23), shown unsaved until the mentor saves. */
    @GetMapping("/inbox/{cohortId}/calendar")
    String calendar(@PathVariable long cohortId, Model model) {
        profiles.myProfile(cohortId);
        return calendars.ask(CalendarImport.Form.profile(cohortId), model);
    }

    @PostMapping("/inbox/{cohortId}/calendar")
    String fromCalendar(@PathVariable long cohortId, @RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(name = "url", required = false) String url, Model model,
                        HttpServletResponse response) throws IOException {
        MentorMembership me = profiles.myProfile(cohortId);
        MentorProfileView view = profiles.profile(cohortId, MentorId.of(me.mentorId()));
        MentorProfile saved = view.profile();
        return calendars.read(CalendarImport.Form.profile(cohortId), cohortId, file, url, model, response, proposal -> {
            model.addAttribute("awaitsConfirmation", view.awaitsConfirmation());
            return page(me, new MentorProfile(saved.specialty(), saved.interests(), proposal.availability(),
                    saved.capacity(), saved.accepting(), saved.preferredResidents()), view.version(), FormErrors.none(), model);
        });
    }

    private String page(MentorMembership me, MentorProfile profile, long version, FormErrors errors, Model model) {
        List<ProposalView> mine = decisions.forMentor(me.cohortId(), me.mentorId());
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
        ProfileInputs.addTo(model, profile.interests(), profile.availability());
        suggestions.addTo(model, me, profile);
        return "mentor/inbox";
    }
}
