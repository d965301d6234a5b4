package io.mentormatch.api.recommend;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.mentormatch.api.cohort.CohortCache;
import io.mentormatch.api.cohort.CohortDataVersion;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortStamp;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.RosterInconsistent;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * The recommendation index of each cohort, built once from the stored roster ({@link CohortAssembler}) and kept
 * until the cohort's data changes ({@link CohortCache}). A mentor's profile or capacity change is applied to the
 * cached index in place ({@link RecommendationIndex#updateMentor}) instead of a rebuild, since the change is known.
 * <p>
 * The loads are the accepted pairings (pinned in the core cohort), so a mentor whose places are all taken is
 * skipped where the caller asks for it.
 */
@Component
public class RecommendationIndexes {

    private final CohortAssembler assembler;
    private final CohortService cohorts;
    private final CohortCache<RecommendationIndex> cache;

    RecommendationIndexes(CohortAssembler assembler, CohortService cohorts, PlatformTransactionManager transactions) {
        this.assembler = assembler;
        this.cohorts = cohorts;
        this.cache = new CohortCache<>(cohorts, transactions);
    }

    /** Call before the transaction reads any row of the cohort (see {@link CohortCache#get}). */
    public RecommendationIndex of(long cohortId) {
        return cache.get(cohortId, this::build);
    }

    private RecommendationIndex build(long cohortId) {
        Cohort cohort = assembler.toCore(cohortId);
        RecommendationIndex index = RecommendationIndex.of(cohort);
        index.updateLoads(loads(cohort));
        return index;
    }

    private static Map<MentorId, Integer> loads(Cohort cohort) {
        return cohort.pinned().stream().collect(Collectors.groupingBy(Pair::mentor,
                Collectors.collectingAndThen(Collectors.counting(), Long::intValue)));
    }

    /**
     * Applies a mentor's saved profile to the cached index once the saving transaction commits. Call it inside that
     * transaction after the change is flushed: the stamp read there is the one the change commits under, and one
     * below it in data version is the stamp of the data just before it.
     */
    public void mentorSaved(long cohortId, MentorView mentor) {
        if (!CohortDataVersion.bumpedDataVersion(cohortId)) {
            return;
        }
        CohortStamp after = cohorts.stamp(cohortId);
        CohortStamp before = new CohortStamp(after.cohortVersion(), after.dataVersion() - 1, after.formSaves(),
                after.programVersion());
        Mentor updated;
        try {
            updated = assembler.toCoreMentor(mentor.id());
        } catch (RosterInconsistent e) {
            // the cached index cannot take this mentor: it is rebuilt (and reports the problem) when next read
            return;
        }
        whenCommitted(() -> cache.advance(cohortId, before, after, index -> index.updateMentor(updated)));
    }

    private static void whenCommitted(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
