package io.mentormatch.api.survey;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Until meetings are logged, every pair is taken to have met at the end of the cohort's first-meeting window, four
 * weeks after publication (the default window), so the first-meeting survey is due from then.
 */
@Component
class AssumedFirstMeetings implements FirstMeetingDates {

    @Override
    public Map<Long, Instant> firstMeetings(long cohortId, Instant publishedAt, Collection<Long> pairingIds) {
        Instant assumed = SurveyCalendar.after(publishedAt, SurveyCalendar.FIRST_MEETING_WINDOW);
        return pairingIds.stream().collect(Collectors.toMap(Function.identity(), id -> assumed, (a, b) -> a));
    }
}
