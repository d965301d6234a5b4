package io.mentormatch.api.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<CohortEntity, Long> {

    Page<CohortEntity> findByProgramId(Long programId, Pageable pageable);

    Page<CohortEntity> findByIdIn(Collection<Long> ids, Pageable pageable);

    List<CohortEntity> findByProgramId(Long programId, Sort sort);

    List<CohortEntity> findByIdIn(Collection<Long> ids, Sort sort);

    List<CohortEntity> findByState(CohortState state);

    boolean existsByProgramIdAndCode(Long programId, String code);

    /** Serialises state changes of one cohort (e.g. two runs started at once) across instances. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CohortEntity c where c.id = :id")
    Optional<CohortEntity> findForUpdate(Long id);

    /** Lets many transactions of one cohort run together while none of them may change it ({@code for share}). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select c from CohortEntity c where c.id = :id")
    Optional<CohortEntity> findForShare(Long id);
}
