package io.mentormatch.api.run;

import java.time.Instant;
import java.util.List;

/**
 * What starting a run does, for the director's confirmation: whether it closes the preference forms, and before the
 * deadline, with the forms still missing.
 *
 * @param closesPreferences whether the cohort still takes preference forms (starting closes them)
 * @param beforeDeadline    whether the forms would close before their deadline
 * @param missingNames      the residents without a saved form, by name, at most {@link #NAMED} of them
 */
public record RunStartConsequence(long cohortId, String cohortName, String academicYear, boolean closesPreferences,
                                  Instant deadline, boolean beforeDeadline, int residents, int formsIn,
                                  List<String> missingNames) {

    /** Up to this many missing forms are named; more are only counted. */
    public static final int NAMED = 10;

    public int missing() {
        return residents - formsIn;
    }

    /** Whether the director must choose explicitly to close the forms now. */
    public boolean needsClosingChoice() {
        return closesPreferences && beforeDeadline;
    }
}
