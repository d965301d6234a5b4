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
 * @param poorFitNotice      what a low score tells the director, shown before the person answers (first-meeting
 *                           survey only, the one whose low score flags the pairing)
 * @param individualAnswersShown an administrator switched single answers on: this answer will be read on its own
 * @param individualAnswersNotice the sentence that says so, null while single answers are off
 */
public record SurveyView(String surveyId, SurveyKind kind, long cohortId, String cohortName, long pairingId,
                         Respondent role, String partner, Instant dueAt, Instant closesAt, boolean due,
                         boolean closed, boolean answered,
                         SurveyQuestions questions, boolean offerChangeRequest, String poorFitNotice,
                         boolean individualAnswersShown, String individualAnswersNotice) {

    public static final String POOR_FIT_NOTICE = "An answer of 1 or 2 tells your program director that this pairing"
            + " needs a conversation; your answer itself is not shown.";
    public static final String INDIVIDUAL_ANSWERS_NOTICE = "Your program has chosen to show individual answers:"
            + " your program director will read your answer on its own, with your pairing, including anything you"
            + " write.";
}
