package io.mentormatch.api.preference;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import io.mentormatch.api.cohort.CohortCache;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.recommend.RecommendOptions;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * Suggests mentors to a resident filling in their form ("mentors like you") through the recommendation engine of
 * matching-core, which ranks by the same pair score the matching maximises, so the suggestions and the final
 * matching never contradict each other.
 * <p>
 * The index of a cohort is built once and kept until the cohort's data changes ({@link CohortCache}): building
 * it means reading and validating the whole roster, while a query is a scan of the mentors. A change rebuilds it
 * rather than updating it in place, since the stamp says that something changed, not what.
 */
@Component
class MentorRecommender {

    private final CohortAssembler assembler;
    private final CohortCache<RecommendationIndex> indexes;

    MentorRecommender(CohortAssembler assembler, CohortService cohorts, PlatformTransactionManager transactions) {
        this.assembler = assembler;
        this.indexes = new CohortCache<>(cohorts, transactions);
    }

    /**
     * At most {@code limit} compatible mentors, best first, near-duplicates spread out.
     *
     * @throws ResidentNotFound for a resident not in the cohort
     */
    List<RecommendedMentor> recommend(long cohortId, ResidentId resident, int limit) {
        RecommendationIndex index = indexes.get(cohortId, id -> RecommendationIndex.of(assembler.toCore(id)));
        if (!index.hasResident(resident)) {
            throw new ResidentNotFound(cohortId, resident);
        }
        return index.recommendMentors(resident, limit, RecommendOptions.DEFAULT).stream()
                .map(m -> new RecommendedMentor(m.mentor().value(), m.name(), m.specialty(), m.pairScore(), m.reasons()))
                .toList();
    }
}
