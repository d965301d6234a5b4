package io.mentormatch.api.survey;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cadence.AtRiskSignals;
import io.mentormatch.api.health.SurveySummaries;

/**
 * What the surveys tell the rest of the mentoring year, with no access check of their own: for the program health
 * view and the at-risk computation, which check their callers. Nothing here names a person's answer.
 */
@Component
public class SurveySignals implements AtRiskSignals, SurveySummaries {

    /** The at-risk reason of a pairing in {@link #poorFitPairings}. */
    public static final String POOR_FIT_REASON = "poor-fit survey answer";
    /** "Is this a good fit?" answered 1 or 2. */
    static final int POOR_FIT_MAX_SCORE = 2;

    private final SurveyCalendar calendar;
    private final SurveyResponseRepository responses;
    private final SurveyResults results;

    SurveySignals(SurveyCalendar calendar, SurveyResponseRepository responses, SurveyResults results) {
        this.calendar = calendar;
        this.responses = responses;
        this.results = results;
    }

    /** The cohort's current pairings of which either member answered "Is this a good fit?" with 1 or 2. */
    @Transactional(readOnly = true)
    public Set<Long> poorFitPairings(long cohortId) {
        Set<Long> current = new TreeSet<>();
        calendar.report(cohortId).ifPresent(year -> year.pairings().forEach(p -> current.add(p.getId())));
        Set<Long> poor = new TreeSet<>();
        responses.findByCohortIdAndKind(cohortId, SurveyKind.FIRST_MEETING).stream()
                .filter(r -> r.getScore() <= POOR_FIT_MAX_SCORE && current.contains(r.getPairingId()))
                .forEach(r -> poor.add(r.getPairingId()));
        return poor;
    }

    /** A poor-fit answer puts its pairing at risk; the reason names no person and no answer. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> atRisk(long cohortId) {
        Map<Long, String> reasons = new TreeMap<>();
        poorFitPairings(cohortId).forEach(id -> reasons.put(id, POOR_FIT_REASON));
        return reasons;
    }

    /** Response rates and aggregates, small groups suppressed: the {@code surveys} member of the health view. */
    @Override
    @Transactional(readOnly = true)
    public CohortSurveyResults summary(long cohortId) {
        return results.compute(cohortId);
    }
}
