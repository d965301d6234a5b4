package io.mentormatch.api.start;

import java.time.LocalDate;

/**
 * One thing a member of a pair should do soon. The page words it for its reader.
 *
 * @param partner  the other member of the pairing, by name
 * @param date     the meeting's date, the survey's last day, or the goal's target date
 * @param subject  the survey's title or the goal's text (the pair's own words, shown to the pair only); null for a
 *                 meeting
 * @param surveyId the survey to answer, for {@link Kind#ANSWER_SURVEY}; else null
 */
public record ToDo(Kind kind, long cohortId, long pairingId, String partner, LocalDate date, String subject,
                   String surveyId) {

    public enum Kind {
        /** The partner logged a meeting that waits for this person's confirmation. */
        CONFIRM_MEETING,
        /** A check-in survey is open and not yet answered. */
        ANSWER_SURVEY,
        /** A goal that is neither achieved nor dropped has its target date within {@value StartService#GOAL_DAYS} days (or past). */
        GOAL_DUE
    }
}
