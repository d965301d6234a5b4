package io.mentormatch.api.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.access.CurrentActor;

/**
 * Records every state change in the append-only audit table, in the transaction of the change itself, so a
 * change and its record are written together or not at all.
 */
@Service
public class AuditLog {

    /** The actor of an entry that does not say who acted ({@link #recordUnattributed}). */
    public static final String UNATTRIBUTED = "a member of a pair";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEntryRepository entries;
    private final CurrentActor actor;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * @param before the state before the change (a DTO record), or null for a creation
     * @param after  the state after the change, or null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Long cohortId, Object before, Object after) {
        entries.save(new AuditEntryEntity(clock.instant(), actor.name(), action, entityType, String.valueOf(entityId),
                cohortId, json(before), json(after)));
    }

    /**
     * As {@link #record}, without naming who acted: for what a pair does in its private space (a survey answer, a
     * goal), which the program's director reads in the audit. The entry keeps ids only; who it was stays with the pair.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUnattributed(String action, String entityType, Object entityId, Long cohortId, Object before,
                                   Object after) {
        entries.save(new AuditEntryEntity(clock.instant(), UNATTRIBUTED, action, entityType, String.valueOf(entityId),
                cohortId, json(before), json(after)));
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
