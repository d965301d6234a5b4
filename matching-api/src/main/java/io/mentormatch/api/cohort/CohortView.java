package io.mentormatch.api.cohort;

import java.time.Instant;

/**
 * A cohort as the API and the pages show it.
 *
 * @param peerMentoring whether every resident also gets a senior-resident peer mentor
 * @param peerWeights   the peer layer's weights (kept while the layer is off)
 * @param reproposeDeclines whether a mentor's decline re-proposes the resident at once (else the director reviews)
 */
public record CohortView(long id, long programId, String code, String name, String academicYear, CohortState state,
                         Instant preferenceDeadline, int responseWindowDays, int maxRankedMentors,
                         int maxPreferredResidents,
                         boolean requireSameSpecialty, boolean preferContinuity, WeightSettings weights,
                         long version, Integer familySize, boolean peerMentoring, WeightSettings peerWeights,
                         boolean reproposeDeclines) {

    static CohortView of(CohortEntity c) {
        return new CohortView(c.getId(), c.getProgramId(), c.getCode(), c.getName(), c.getAcademicYear(), c.getState(),
                c.getPreferenceDeadline(), c.getResponseWindowDays(), c.getMaxRankedMentors(), c.getMaxPreferredResidents(),
                c.isRequireSameSpecialty(), c.isPreferContinuity(), WeightSettings.of(c.getWeights()), c.getVersion(),
                c.getFamilySize(), c.isPeerMentoring(), WeightSettings.of(c.getPeerWeights()),
                c.isReproposeDeclines());
    }
}
