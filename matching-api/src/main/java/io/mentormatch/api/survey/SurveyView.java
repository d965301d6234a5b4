package io.mentormatch.api.survey;

import java.time.Instant;

/**
 * One survey as the person who answers it sees it.
 *
 * @param surveyId           e.g. {@code 42-first-meeting}: the pairing and the kind
 * @param role               the side the caller answers for
 * @param partner            the other member of the pairing
 * @param dueAt              from when it may be answered; null while the pair has not met (first-meeting survey)
 * @param closesAt           until when it may be answered (when the next survey opens, at least 4 weeks after
 *                           {@code dueAt}; 8 weeks after it for the end-of-year survey); null with {@code dueAt}
 * @param due                open for answers now: from {@code dueAt}, before {@code closesAt}
 * @param closed             its window has closed: it can no longer be answered (and counts as not answered if it
 *                           was not)
 * @param answered           whether the caller has answered it
 * @param offerChangeRequest the caller, a resident, judged the fit poor (1 or 2): they may ask, in confidence, for
 *                           another mentor
 */
public record SurveyView(String surveyId, SurveyKind kind, long cohortId, String cohortName, long pairingId,
                         Respondent role, String partner, Instant dueAt, Instant closesAt, boolean due,
                         boolean closed, boolean answered,
                         SurveyQuestions questions, boolean offerChangeRequest) {
}
