package io.mentormatch.api.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Role;

/**
 * The accounts an identity provider manages over SCIM (issue 23): every account but the administrators' (a leaked
 * provisioning token must not lock the administrators out) and those it deleted. A delete keeps the account, since
 * its pairings' history names it: it is disabled, which ends its sessions and revokes its API tokens
 * ({@link UserAccounts#update}), and marked deprovisioned, so that it is gone for SCIM. Creating the same username
 * again brings it back.
 */
@Service
public class ProvisionedAccounts {

    private static final String PROVISIONABLE = " from UserAccountEntity u where u.role <> :admin and u.deprovisionedAt is null";

    private final UserAccountRepository accounts;
    private final UserAccounts userAccounts;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    ProvisionedAccounts(UserAccountRepository accounts, UserAccounts userAccounts, EntityManager entityManager,
                        AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.userAccounts = userAccounts;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the accounts, by id: {@code offset} from 0. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public List<UserView> page(int offset, int count) {
        return entityManager.createQuery("select u" + PROVISIONABLE + " order by u.id", UserAccountEntity.class)
                .setParameter("admin", Role.ADMIN).setFirstResult(offset).setMaxResults(count).getResultList().stream()
                .map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public long count() {
        return entityManager.createQuery("select count(u)" + PROVISIONABLE, Long.class).setParameter("admin", Role.ADMIN)
                .getSingleResult();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public Optional<UserView> find(long id) {
        return accounts.findById(id).filter(ProvisionedAccounts::provisionable).map(UserView::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public Optional<UserView> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).filter(ProvisionedAccounts::provisionable).map(UserView::of);
    }

    /**
     * A new account, linked to the roster person with its e-mail ({@link UserAccounts#create}); a deprovisioned
     * account of the same username comes back instead, with the details given, enabled.
     */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public UserView create(NewUser user) {
        Optional<UserAccountEntity> deprovisioned = accounts.findByUsernameIgnoreCase(user.username())
                .filter(account -> account.getDeprovisionedAt() != null);
        if (deprovisioned.isEmpty()) {
            return userAccounts.create(user);
        }
        UserAccountEntity account = deprovisioned.get();
        account.setDeprovisionedAt(null);
        audit.record("account.reprovisioned", "user", account.getId(), null, null, Map.of("username", account.getUsername()));
        return userAccounts.update(account.getUsername(), new AccountPatch(true, user.role(),
                user.role() == Role.DIRECTOR ? Optional.ofNullable(user.programId()) : null, user.displayName(),
                Optional.ofNullable(user.email())));
    }

    /** A change, with the rules and effects of {@link UserAccounts#update}: disabling ends the sessions. */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public UserView update(String username, AccountPatch patch) {
        return userAccounts.update(username, patch);
    }

    /** Disables the account (ending its sessions) and marks it deprovisioned; its history stays. */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public UserView deprovision(String username) {
        UserView disabled = userAccounts.update(username, new AccountPatch(false, null, null, null, null));
        UserAccountEntity account = accounts.findById(disabled.id()).orElseThrow();
        account.setDeprovisionedAt(clock.instant());
        accounts.flush();
        audit.record("account.deprovisioned", "user", account.getId(), null, null, Map.of("username", account.getUsername()));
        return disabled;
    }

    private static boolean provisionable(UserAccountEntity account) {
        return account.getRole() != Role.ADMIN && account.getDeprovisionedAt() == null;
    }
}
