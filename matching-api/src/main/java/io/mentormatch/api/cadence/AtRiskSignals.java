package io.mentormatch.api.cadence;

import java.util.Map;

/**
 * A source of reasons, besides missed meetings, that put a pairing at risk: e.g. a poor-fit survey answer. Every
 * bean implementing this is asked (there is no default implementation to replace): the health dashboard, "my
 * pairings" and the reminder job all see the same reasons.
 */
public interface AtRiskSignals {

    /**
     * @return reason per pairing id of the cohort, only for pairings at risk; one call per cohort, so an
     * implementation answers with one aggregate query rather than one per pairing. The reason is shown to the
     * director: it must not reveal one person's confidential answer.
     */
    Map<Long, String> atRisk(long cohortId);
}
