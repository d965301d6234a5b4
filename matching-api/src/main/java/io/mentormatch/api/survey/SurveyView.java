package io.mentormatch.api.survey;

import java.time.Instant;

/**
 * One survey as the person who answers it sees it.
 *
 * @param surveyId           e.g. {@code 42-first-meeting}: the pairing and the kind
 * @param role               the side the caller answers for
 * @param partner            the other member of the pairing
 * @param dueAt              from when it may be answered; null while the pair has not met (first-meeting survey)
 * @param answered           whether the caller has answered it
 * @param offerChangeRequest the caller, a resident, judged the fit poor (1 or 2): they may ask, in confidence, for
 *                           another mentor
 */
public record SurveyView(String surveyId, SurveyKind kind, long cohortId, String cohortName, long pairingId,
                         Respondent role, String partner, Instant dueAt, boolean due, boolean answered,
                         SurveyQuestions questions, boolean offerChangeRequest) {
}
