package io.mentormatch.api.run;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MatchingRunRepository extends JpaRepository<MatchingRunEntity, Long> {

    boolean existsByActiveCohortId(Long cohortId);

    Optional<MatchingRunEntity> findByIdAndCohortId(Long id, Long cohortId);

    Page<MatchingRunEntity> findByCohortId(Long cohortId, Pageable pageable);

    /** The run row, locked: the job claiming it and a director cancelling it never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MatchingRunEntity r where r.id = :id")
    Optional<MatchingRunEntity> findForUpdate(Long id);

    /**
     * Progress of a running run. A plain update that leaves the version alone: progress is written every second
     * and must not make a director's concurrent cancel fail as a concurrent edit.
     */
    @Modifying
    @Query("""
            update MatchingRunEntity r set r.phase = :phase, r.bestScore = :bestScore, r.elapsedMillis = :elapsedMillis
            where r.id = :id and r.status = io.mentormatch.api.run.RunStatus.RUNNING""")
    int recordProgress(long id, String phase, String bestScore, long elapsedMillis);

    @Query("select r.cancelRequested from MatchingRunEntity r where r.id = :id")
    boolean isCancelRequested(long id);
}
