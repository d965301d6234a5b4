package io.mentormatch.api.audit;

import java.time.Instant;

/** One audit entry as directors read it; before and after are the JSON the change recorded. */
public record AuditView(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                        Long cohortId, String before, String after) {

    static AuditView of(AuditEntryEntity e) {
        return new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getCohortId(), e.getBeforeJson(), e.getAfterJson());
    }
}
