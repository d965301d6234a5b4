package io.mentormatch.api.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: no update or delete method is exposed. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByCohortIdOrderByOccurredAtAscIdAsc(Long cohortId, Pageable pageable);

    List<AuditEntry> findByCohortIdOrderByOccurredAtAscIdAsc(Long cohortId);

    long count();
}
