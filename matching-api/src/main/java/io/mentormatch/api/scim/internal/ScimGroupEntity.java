package io.mentormatch.api.scim.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An identity provider's group bound to a program: its members are the program's directors. Keyed by the program,
 * so that a program has one group at most.
 */
@Entity
@Table(name = "scim_group")
public class ScimGroupEntity {

    @Id
    @Column(name = "program_id")
    private Long programId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ScimGroupEntity() {
    }

    public ScimGroupEntity(long programId, String displayName, String externalId, Instant createdAt) {
        this.programId = programId;
        this.displayName = displayName;
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    public long getProgramId() {
        return programId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getExternalId() {
        return externalId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void rename(String displayName, String externalId) {
        this.displayName = displayName;
        this.externalId = externalId;
    }
}
