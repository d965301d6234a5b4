package io.mentormatch.api.survey;

import java.util.List;

/**
 * A cohort's survey results as its director sees them: response rates always; the figures only over a published
 * set of answers ({@link SurveyResults}) that grows by {@code releaseStep} answers at a time, or with every answer once
 * the window closed, and only from {@code minimumResponses} published answers on, so that no one's answer can be told
 * from a small group or from the difference between two readings.
 */
public record CohortSurveyResults(long cohortId, int minimumResponses, int releaseStep, boolean showIndividualAnswers,
                                  List<KindResults> surveys) {

    /**
     * @param expected           two answers (resident and mentor) per current pairing whose survey is due
     * @param responses          answers of the current pairings, counted as they come in
     * @param aggregated         how many answers the figures cover (0 when suppressed)
     * @param residentResponses  of the answers the figures cover, those of residents (the split moves with the
     *                           figures, so it never tells which member of a flagged pairing answered)
     * @param suppressed         fewer than the minimum published answers: no mean, distribution or share is given
     * @param distribution       how many answered 1, 2, 3, 4 and 5; null when suppressed
     * @param recommendShare     share of "would recommend" (0 … 1); null when suppressed or not asked
     * @param comments           the written answers of the published set, without person, pairing or order of
     *                           answering (sorted alphabetically); empty when suppressed
     */
    public record KindResults(SurveyKind kind, String slug, SurveyQuestions questions, int expected, int responses,
                              int aggregated, int residentResponses, int mentorResponses, boolean suppressed,
                              Double meanScore, List<Integer> distribution, Double recommendShare,
                              List<String> comments) {

        /** Responses as a share of expected ones, 0 … 1. */
        public double responseRate() {
            return expected == 0 ? 0 : (double) responses / expected;
        }
    }
}
