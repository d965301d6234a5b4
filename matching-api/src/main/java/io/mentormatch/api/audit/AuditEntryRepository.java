package io.mentormatch.api.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: no update or delete method is exposed. */
public interface AuditEntryRepository extends Repository<AuditEntryEntity, Long> {

    AuditEntryEntity save(AuditEntryEntity entry);

    Page<AuditEntryEntity> findByCohortIdOrderByOccurredAtAscIdAsc(Long cohortId, Pageable pageable);

    List<AuditEntryEntity> findByCohortIdOrderByOccurredAtAscIdAsc(Long cohortId);

    long count();
}
