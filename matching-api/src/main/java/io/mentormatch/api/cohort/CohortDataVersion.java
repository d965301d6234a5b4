package io.mentormatch.api.cohort;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bumps {@code cohort.data_version} in the transaction that writes one of the cohort's {@link CohortOwned} rows,
 * whichever service writes it: the new version commits together with the change, so a reader that sees the new
 * version also sees the change, on every instance. Once per cohort and transaction, and before the row's own
 * statement, so the cohort row is locked before the person's row, in the same order as
 * {@link CohortService#lockedCohort} callers take them.
 */
@Component
public class CohortDataVersion {

    private final JdbcTemplate jdbc;

    CohortDataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PrePersist
    @PreUpdate
    @PreRemove
    void changing(Object row) {
        long cohortId = ((CohortOwned) row).getCohortId();
        if (bumpedInThisTransaction().add(cohortId)) {
            jdbc.update("update cohort set data_version = data_version + 1 where id = ?", cohortId);
        }
    }

    /** Kept on a synchronization of the transaction: an inner REQUIRES_NEW transaction gets its own. */
    private static Set<Long> bumpedInThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Bumped bumped) {
                return bumped.cohorts;
            }
        }
        Bumped bumped = new Bumped(new HashSet<>());
        TransactionSynchronizationManager.registerSynchronization(bumped);
        return bumped.cohorts;
    }

    private record Bumped(Set<Long> cohorts) implements TransactionSynchronization {
    }
}
