package io.mentormatch.web.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.mentormatch.api.change.ChangeRequests;
import io.mentormatch.api.change.NewChangeRequest;
import io.mentormatch.api.goal.Competency;
import io.mentormatch.api.goal.GoalRequest;
import io.mentormatch.api.goal.GoalService;
import io.mentormatch.api.goal.GoalStatus;
import io.mentormatch.api.meeting.MeetingFormat;
import io.mentormatch.api.meeting.MeetingService;
import io.mentormatch.api.meeting.MeetingView;
import io.mentormatch.api.meeting.NewMeeting;
import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.survey.SurveyAnswer;
import io.mentormatch.api.survey.SurveyId;
import io.mentormatch.api.survey.SurveyKind;
import io.mentormatch.api.survey.SurveyService;
import io.mentormatch.api.access.Role;

/**
 * Four months of General Surgery's mentoring year, told through the services by the people who lived it: the demo
 * pair met twice (the mentor has yet to confirm the second meeting, and has yet to answer the first-meeting survey);
 * most pairs met early, set a goal, and met again around the twelve-week cadence; two met once and are now overdue; two never met;
 * and one resident answered "Is this a good fit?" with a 2 and asked the director for another mentor.
 */
@Component
@Profile("demo")
class DemoSurgeryYear {

    static final String POOR_FIT_REASON = "Our interests do not line up: I am aiming for trauma surgery and would "
            + "value a mentor who works in acute care.";

    /** Goals pairs set at their first meeting, by competency. */
    private static final List<GoalRequest> GOALS = List.of(
            new GoalRequest("Lead the team's morning handover confidently", Competency.COMMUNICATION,
                    GoalStatus.IN_PROGRESS, null),
            new GoalRequest("Score above the 50th percentile on the ABSITE", Competency.MEDICAL_KNOWLEDGE,
                    GoalStatus.IN_PROGRESS, null),
            new GoalRequest("Submit an abstract to the Academic Surgical Congress", Competency.PRACTICE_BASED_LEARNING,
                    GoalStatus.NOT_STARTED, null),
            new GoalRequest("Close laparoscopic port sites independently", Competency.PATIENT_CARE,
                    GoalStatus.ACHIEVED, null),
            new GoalRequest("Protect one evening a week for rest", Competency.PROFESSIONALISM, GoalStatus.IN_PROGRESS,
                    null));

    private final PairingDirectory directory;
    private final MeetingService meetings;
    private final GoalService goals;
    private final SurveyService surveys;
    private final ChangeRequests changes;

    DemoSurgeryYear(PairingDirectory directory, MeetingService meetings, GoalService goals, SurveyService surveys,
                    ChangeRequests changes) {
        this.directory = directory;
        this.meetings = meetings;
        this.goals = goals;
        this.surveys = surveys;
        this.changes = changes;
    }

    /** Lives the cohort's year since its publication; the pairings are ordered by resident, the demo pair first. */
    void live(long cohortId) {
        List<Pairing> pairings = directory.ofCohort(cohortId).stream()
                .sorted(Comparator.comparing(p -> p.resident().code())).toList();
        demoPair(pairings.get(0));
        poorFit(pairings.get(1));
        for (int i = 2; i < pairings.size(); i++) {
            Pairing pairing = pairings.get(i);
            if (i >= pairings.size() - 2) {
                continue; // never met: the health view lists them at risk once the first window has passed
            }
            boolean overdue = i == 3 || i == 4;
            met(pairing, 7 + i, 60, MeetingFormat.IN_PERSON, List.of("Career planning", "Clinical skills"), i % 2 == 0);
            if (!overdue) {
                met(pairing, 80 + 2 * i, 45, i % 3 == 0 ? MeetingFormat.VIDEO : MeetingFormat.IN_PERSON,
                        List.of("Exams and boards", "Work-life balance"), i % 3 != 1);
            }
            goal(pairing, GOALS.get(i % GOALS.size()));
            answer(pairing, false, 4 + i % 2, null);
            if (i % 2 == 0) {
                answer(pairing, true, 4, null);
            }
        }
    }

    /** gs.resident and gs.mentor: met twice; the second meeting and the mentor's survey still wait for the mentor. */
    private void demoPair(Pairing pairing) {
        met(pairing, 9, 45, MeetingFormat.IN_PERSON, List.of("Career planning", "Research"), true);
        answer(pairing, false, 5, "We agreed on a research project for the spring.");
        goal(pairing, GOALS.get(2));
        goal(pairing, GOALS.get(1));
        as(username(pairing, true), Role.MENTOR, () -> meetings.log(pairing.cohortId(), pairing.pairingId(),
                new NewMeeting(date(pairing, 88), 30, MeetingFormat.VIDEO, List.of("Research", "Exams and boards"),
                        "Went through the abstract draft and the in-training exam plan.")));
    }

    /** Met once, the resident judged it a poor fit and asked for a change: the health view lists the pair at risk. */
    private void poorFit(Pairing pairing) {
        met(pairing, 16, 30, MeetingFormat.VIDEO, List.of("Career planning"), false);
        answer(pairing, false, 2, null);
        as(username(pairing, false), Role.RESIDENT, () -> changes.request(pairing.cohortId(), pairing.pairingId(),
                new NewChangeRequest(POOR_FIT_REASON)));
    }

    /** The resident logs a meeting {@code day} days into the year; the mentor confirms it when {@code confirmed}. */
    private void met(Pairing pairing, int day, int minutes, MeetingFormat format, List<String> topics, boolean confirmed) {
        MeetingView meeting = as(username(pairing, false), Role.RESIDENT, () -> meetings.log(pairing.cohortId(),
                pairing.pairingId(), new NewMeeting(date(pairing, day), minutes, format, topics, null)));
        if (confirmed) {
            as(username(pairing, true), Role.MENTOR, () -> meetings.confirm(pairing.cohortId(), pairing.pairingId(),
                    meeting.id()));
        }
    }

    private void goal(Pairing pairing, GoalRequest goal) {
        as(username(pairing, false), Role.RESIDENT, () -> goals.add(pairing.cohortId(), pairing.pairingId(), goal));
    }

    private void answer(Pairing pairing, boolean mentor, int score, String text) {
        String survey = new SurveyId(pairing.pairingId(), SurveyKind.FIRST_MEETING).toString();
        as(username(pairing, mentor), mentor ? Role.MENTOR : Role.RESIDENT,
                () -> surveys.answer(survey, new SurveyAnswer(score, null, text)));
    }

    private static LocalDate date(Pairing pairing, int day) {
        return pairing.startDate().plusDays(day);
    }

    private static String username(Pairing pairing, boolean mentor) {
        return DemoGeneralSurgery.login(mentor ? pairing.mentor().code() : pairing.resident().code());
    }

    /** Runs {@code work} signed in as the person, so the services check and audit it as theirs. */
    static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
