package io.mentormatch.api.survey;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When each pairing first met: the first-meeting survey is due from then on ({@link LoggedFirstMeetings}).
 */
public interface FirstMeetingDates {

    /**
     * @param pairingIds the cohort's current pairings
     * @return pairing id to the moment of its first meeting; a pairing that has not met yet is absent
     */
    Map<Long, Instant> firstMeetings(long cohortId, Instant publishedAt, Collection<Long> pairingIds);
}
