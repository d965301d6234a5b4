package io.mentormatch.api.notification;

/**
 * What a program's own team may read about one of its cohorts, told to listeners (the program's Teams or Slack
 * channel) in the transaction of the change, beside the mails that go to the directors. A notice names people, never
 * what they wrote: no reason, survey answer or meeting note, as the channel's members are not only the directors.
 */
public sealed interface ProgramNotice {

    long programId();

    long cohortId();

    String cohortName();

    /** A pairing of a published cohort is at risk (why stays on the dashboard). */
    record PairingAtRisk(long programId, long cohortId, String cohortName, String resident, String mentor)
            implements ProgramNotice {
    }

    /** A resident or mentor asked for a change of mentor; the director decides. */
    record ChangeRequested(long programId, long cohortId, String cohortName, String resident, String mentor)
            implements ProgramNotice {
    }

    /** A mentor declined a proposed mentee; the resident is re-matched. */
    record ProposalDeclined(long programId, long cohortId, String cohortName, String resident, String mentor)
            implements ProgramNotice {
    }

    /** A matching run of the cohort finished, with a result or without one. */
    record RunFinished(long programId, long cohortId, String cohortName, boolean succeeded) implements ProgramNotice {
    }

    /**
     * A survey window of a published cohort closes soon. The counts are of answers, never of who answered, and are
     * null when they would single someone out (the survey module decides, with its minimum group).
     *
     * @param survey   the survey in words: {@code first-meeting}, {@code mid-year} or {@code end-of-year}
     * @param closesOn when it closes, in the program's time zone, written out
     */
    record SurveyClosing(long programId, long cohortId, String cohortName, String survey, String closesOn,
                         Integer answered, Integer asked) implements ProgramNotice {
    }
}
