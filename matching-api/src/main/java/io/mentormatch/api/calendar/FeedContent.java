package io.mentormatch.api.calendar;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.ProgramZones;
import io.mentormatch.api.family.FamilyService;
import io.mentormatch.api.meeting.MeetingService;
import io.mentormatch.api.meeting.MeetingView;
import io.mentormatch.api.cadence.MentoringService;
import io.mentormatch.api.cadence.MyPairing;
import io.mentormatch.api.publication.ICalendar.Event;
import io.mentormatch.api.publication.ICalendar.Uid;
import io.mentormatch.api.survey.SurveyService;
import io.mentormatch.api.survey.SurveyView;

/**
 * What the signed-in person's calendar feed holds, read through the same services and access rules as their pages:
 * their logged meetings, each pairing's next due meeting, their open survey windows and their families' meetings.
 * A calendar file is forwarded and shared, so it says only what a calendar invitation would (core's
 * {@code Audience.CALENDAR}): names, dates and lengths; never a ranking, a score, a meeting's note or its topics.
 */
@Component
class FeedContent {

    private final MentoringService mentoring;
    private final MeetingService meetings;
    private final SurveyService surveys;
    private final FamilyService families;
    private final ProgramZones zones;

    FeedContent(MentoringService mentoring, MeetingService meetings, SurveyService surveys, FamilyService families,
                ProgramZones zones) {
        this.mentoring = mentoring;
        this.meetings = meetings;
        this.surveys = surveys;
        this.families = families;
        this.zones = zones;
    }

    /** The events, and the zone of each cohort they come from. */
    record Content(List<Event> events, List<ZoneId> zones) {
    }

    Content read() {
        List<Event> events = new ArrayList<>();
        Map<Long, ZoneId> cohortZones = new LinkedHashMap<>();
        List<MyPairing> pairings = mentoring.myPairings();
        for (MyPairing pairing : pairings) {
            cohortZones.computeIfAbsent(pairing.cohortId(), zones::ofCohort);
            String partner = pairing.youAreMentor() ? pairing.resident().name() : pairing.mentor().name();
            for (MeetingView meeting : meetings.list(pairing.cohortId(), pairing.pairingId())) {
                events.add(new Event(Uid.of("meeting", meeting.id()), meeting.date(), meeting.date().plusDays(1), null,
                        "Mentoring meeting with " + partner, "You met " + partner + " for " + meeting.minutes() + " minutes."));
            }
            if (pairing.nextMeetingDue() != null) {
                events.add(new Event(Uid.of("pairing", pairing.pairingId(), "due"), pairing.nextMeetingDue(),
                        pairing.nextMeetingDue().plusDays(1), null, "Mentoring meeting with " + partner + " due",
                        "Your program asks you and " + partner + " to meet by this day. Log the meeting once you have met."));
            }
        }
        for (SurveyView survey : surveys.mySurveys()) {
            ZoneId zone = cohortZones.computeIfAbsent(survey.cohortId(), zones::ofCohort);
            events.add(new Event(Uid.of("survey", survey.pairingId(), survey.kind().slug()), survey.dueAt().atZone(zone),
                    survey.closesAt().atZone(zone), null, "Check-in survey: " + survey.kind().title(),
                    "Your check-in survey about your mentoring with " + survey.partner()
                            + " is open until the end of this event. Answer it on the Surveys page."));
        }
        for (long cohortId : pairings.stream().map(MyPairing::cohortId).distinct().toList()) {
            events.addAll(families.mySessions(cohortId));
        }
        return new Content(events, List.copyOf(cohortZones.values()));
    }
}
