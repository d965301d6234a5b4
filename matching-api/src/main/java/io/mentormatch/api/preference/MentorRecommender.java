package io.mentormatch.api.preference;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.CohortCache;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Resident;
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
    private final CohortCache<Indexed> indexes;

    MentorRecommender(CohortAssembler assembler, CohortService cohorts) {
        this.assembler = assembler;
        this.indexes = new CohortCache<>(cohorts);
    }

    /**
     * At most {@code limit} compatible mentors, best first, near-duplicates spread out.
     *
     * @throws ResidentNotFound for a resident not in the cohort
     */
    List<RecommendedMentor> recommend(long cohortId, ResidentId resident, int limit) {
        Indexed indexed = indexes.get(cohortId, id -> Indexed.of(assembler.toCore(id)));
        if (!indexed.residents().contains(resident)) {
            throw new ResidentNotFound(cohortId, resident);
        }
        return indexed.index().recommendMentors(resident, limit, RecommendOptions.DEFAULT).stream()
                .map(m -> new RecommendedMentor(m.mentor().value(), m.name(), m.specialty(), m.pairScore(), m.reasons()))
                .toList();
    }

    private record Indexed(Set<ResidentId> residents, RecommendationIndex index) {

        static Indexed of(Cohort cohort) {
            return new Indexed(cohort.residents().stream().map(Resident::id).collect(Collectors.toUnmodifiableSet()),
                    RecommendationIndex.of(cohort));
        }
    }
}
