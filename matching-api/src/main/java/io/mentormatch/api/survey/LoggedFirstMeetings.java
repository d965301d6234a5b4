package io.mentormatch.api.survey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.mentormatch.api.meeting.FirstMeeting;
import io.mentormatch.api.meeting.MeetingRepository;

/**
 * A pairing's first meeting is the first one its members logged; a pair that logged none by the end of the
 * cohort's first-meeting window is asked anyway, at that end, since "is this a good fit?" matters most then.
 */
@Component
class LoggedFirstMeetings implements FirstMeetingDates {

    private final MeetingRepository meetings;

    LoggedFirstMeetings(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public Map<Long, Instant> firstMeetings(long cohortId, Instant publishedAt, Collection<Long> pairingIds) {
        Map<Long, Instant> logged = new HashMap<>();
        for (FirstMeeting first : meetings.firstMeetings(cohortId)) {
            logged.put(first.pairingId(), first.firstMet().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        Instant windowEnd = SurveyCalendar.after(publishedAt, SurveyCalendar.FIRST_MEETING_WINDOW);
        Map<Long, Instant> first = new HashMap<>();
        for (Long pairingId : pairingIds) {
            Instant met = logged.get(pairingId);
            first.put(pairingId, met != null && met.isBefore(windowEnd) ? met : windowEnd);
        }
        return first;
    }
}
