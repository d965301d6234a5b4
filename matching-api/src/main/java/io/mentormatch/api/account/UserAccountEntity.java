package io.mentormatch.api.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.api.access.Role;

/**
 * A person who can sign in. A director belongs to one program; mentors and residents are linked to their
 * records per cohort from the other side (mentor.user_id, resident.user_id). The password hash is absent for
 * accounts that sign in through single sign-on only; those are linked to one identity of the provider.
 */
@Entity
@Table(name = "app_user")
public class UserAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "program_id")
    private Long programId;

    private boolean enabled = true;

    /** The single sign-on identity of this person: issuer and subject, both or neither (V17). */
    @Column(name = "oidc_issuer")
    private String oidcIssuer;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    /** Bumped to end every open session of the account (see V16__account_administration.sql). */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Set for a temporary password revealed by an administrator: it cannot sign in after this instant (V54). */
    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    /** Set when an identity provider deleted the account over SCIM: it stays, disabled, for its history (V74). */
    @Column(name = "deprovisioned_at")
    private Instant deprovisionedAt;

    @Version
    private long version;

    protected UserAccountEntity() {
    }

    public UserAccountEntity(String username, String displayName, String email, String passwordHash, Role role, Long programId) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.programId = programId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getProgramId() {
        return programId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getOidcIssuer() {
        return oidcIssuer;
    }

    public String getOidcSubject() {
        return oidcSubject;
    }

    public boolean isLinkedToOidc() {
        return oidcSubject != null;
    }

    void linkOidcIdentity(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    /** Every session signed in before this call is refused on its next request, on every instance. */
    public void endSessions() {
        credentialsVersion++;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public Instant getPasswordExpiresAt() {
        return passwordExpiresAt;
    }

    /** A new password: the one the person chose (no expiry), or a temporary one that expires. */
    public void setPassword(String passwordHash, boolean changeRequired, Instant expiresAt) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
        this.passwordExpiresAt = expiresAt;
    }

    public Instant getDeprovisionedAt() {
        return deprovisionedAt;
    }

    void setDeprovisionedAt(Instant deprovisionedAt) {
        this.deprovisionedAt = deprovisionedAt;
    }
}
