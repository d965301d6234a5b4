package io.mentormatch.api.cohort;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * <p>
 * A preference form save counts itself in one of the cohort's {@code cohort_form_saves} rows instead
 * ({@link #countAsFormSave}): hundreds of residents save in the last seconds before the deadline, and with one
 * counter row each save would hold every other one up until it committed. The stamp adds both up.
 */
@Component
public class CohortDataVersion {

    /** Rows per cohort for form saves: more than the connections that can save at once, few to add up on a read. */
    static final int FORM_SAVE_SLOTS = 16;

    private final JdbcTemplate jdbc;

    CohortDataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts this transaction's changes to the cohort as a save of one resident's form: in the resident's own
     * {@code cohort_form_saves} row, so that saves of other residents do not wait for each other. Call it before
     * the first write; the transaction must write only rows of that resident (a save locks one counter row and
     * then one resident row, so two saves cannot wait for each other in a circle).
     */
    public void countAsFormSave(long cohortId, long residentRowId) {
        bumpedInThisTransaction().formSaveSlots.put(cohortId, (int) Math.floorMod(residentRowId, FORM_SAVE_SLOTS));
    }

    @PrePersist
    @PreUpdate
    @PreRemove
    void changing(Object row) {
        long cohortId = ((CohortOwned) row).getCohortId();
        Bumped bumped = bumpedInThisTransaction();
        if (bumped.cohorts.add(cohortId)) {
            Integer slot = bumped.formSaveSlots.get(cohortId);
            if (slot == null) {
                jdbc.update("update cohort set data_version = data_version + 1 where id = ?", cohortId);
            } else {
                countFormSave(cohortId, slot);
            }
        }
    }

    private void countFormSave(long cohortId, int slot) {
        String count = "update cohort_form_saves set saves = saves + 1 where cohort_id = ? and slot = ?";
        if (jdbc.update(count, cohortId, slot) == 0) {
            jdbc.update("insert into cohort_form_saves (cohort_id, slot, saves) values (?, ?, 0) on conflict do nothing",
                    cohortId, slot);
            jdbc.update(count, cohortId, slot);
        }
    }

    /**
     * Whether this transaction bumped the cohort's data version (by exactly one), not as a form save: a cache that
     * knows the change can then move its value from the version below to this one.
     */
    public static boolean bumpedDataVersion(long cohortId) {
        Bumped bumped = bumpedInThisTransaction();
        return bumped.cohorts.contains(cohortId) && !bumped.formSaveSlots.containsKey(cohortId);
    }

    /** Kept on a synchronization of the transaction: an inner REQUIRES_NEW transaction gets its own. */
    private static Bumped bumpedInThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Bumped bumped) {
                return bumped;
            }
        }
        Bumped bumped = new Bumped(new HashSet<>(), new HashMap<>());
        TransactionSynchronizationManager.registerSynchronization(bumped);
        return bumped;
    }

    private record Bumped(Set<Long> cohorts, Map<Long, Integer> formSaveSlots) implements TransactionSynchronization {
    }
}
