package io.mentormatch.api.survey;

import java.util.List;

/**
 * A cohort's survey results as its director sees them: response rates always, aggregates only from
 * {@code minimumResponses} answers on, so that no one's answer can be told from a small group.
 */
public record CohortSurveyResults(long cohortId, int minimumResponses, boolean showIndividualAnswers,
                                  List<KindResults> surveys) {

    /**
     * @param expected         two answers (resident and mentor) per current pairing whose survey is due
     * @param suppressed       fewer than the minimum answers: no mean, distribution or share is given
     * @param distribution     how many answered 1, 2, 3, 4 and 5; null when suppressed
     * @param recommendShare   share of "would recommend" (0 … 1); null when suppressed or not asked
     */
    public record KindResults(SurveyKind kind, String slug, SurveyQuestions questions, int expected, int responses,
                              int residentResponses, int mentorResponses, boolean suppressed, Double meanScore,
                              List<Integer> distribution, Double recommendShare) {

        /** Responses as a share of expected ones, 0 … 1. */
        public double responseRate() {
            return expected == 0 ? 0 : (double) responses / expected;
        }
    }
}
