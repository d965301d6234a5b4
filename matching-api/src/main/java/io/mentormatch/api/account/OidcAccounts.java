package io.mentormatch.api.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.audit.AuditLog;

/**
 * Single sign-on grants no rights by itself: the identity provider says who someone is, and the account linked to
 * that identity says what they may do. An account is linked by issuer and subject, the only claims a provider
 * promises are stable and unique. The link is made once, at the first sign-in, through the e-mail address, and
 * only when the provider has verified the address and its domain is one the administrator trusts
 * ({@code mentormatch.security.oidc.allowed-email-domains}); claims a user can set at many providers
 * ({@code preferred_username}, an unverified e-mail) never choose an account. A refusal carries one of the error
 * codes {@link #NOT_LINKED} or {@link #DISABLED}, which the sign-in page explains.
 */
@Component
class OidcAccounts extends OidcUserService {

    static final String NOT_LINKED = "account_not_linked";
    static final String DISABLED = "account_disabled";

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Set<String> allowedEmailDomains;

    OidcAccounts(UserAccountRepository accounts, AuditLog audit, TransactionTemplate tx,
            @Value("${mentormatch.security.oidc.allowed-email-domains:}") String[] allowedEmailDomains) {
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
        this.allowedEmailDomains = Arrays.stream(allowedEmailDomains).map(String::strip).filter(domain -> !domain.isEmpty())
                .map(domain -> domain.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        UserAccountEntity account;
        try {
            account = tx.execute(status -> account(user));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            // the same person signing in twice at once, and the other sign-in linked the account first
            throw refused(user, "sign_in_conflict", "Single sign-on was interrupted. Please sign in again.");
        }
        return new AccountUser(account.getUsername(), List.of(new SimpleGrantedAuthority(account.getRole().authority())),
                user.getIdToken(), user.getUserInfo());
    }

    private UserAccountEntity account(OidcUser user) {
        String issuer = user.getIdToken().getClaimAsString(IdTokenClaimNames.ISS);
        UserAccountEntity account = accounts.findByOidcIssuerAndOidcSubject(issuer, user.getSubject())
                .orElseGet(() -> link(user, issuer));
        if (!account.isEnabled()) {
            throw refused(user, DISABLED, "Your account is disabled.");
        }
        return account;
    }

    /** The first sign-in of this identity: the one account with its verified e-mail address, if it has no identity yet. */
    private UserAccountEntity link(OidcUser user, String issuer) {
        String email = user.getEmail();
        List<UserAccountEntity> candidates = Boolean.TRUE.equals(user.getEmailVerified()) && allowedDomain(email)
                ? accounts.findAllByEmailIgnoreCase(email) : List.of();
        // one message for every reason, so that a sign-in does not reveal which e-mail addresses have accounts
        if (candidates.size() != 1 || candidates.get(0).isLinkedToOidc()) {
            throw refused(user, NOT_LINKED, "No account here is linked to this identity.");
        }
        UserAccountEntity account = candidates.get(0);
        if (account.isEnabled()) {
            account.linkOidcIdentity(issuer, user.getSubject());
            audit.record("oidc-linked", "account", account.getId(), null, null,
                    new Link(account.getUsername(), issuer, user.getSubject(), email));
        }
        return account;
    }

    private boolean allowedDomain(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at > 0 && allowedEmailDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** Logged so that an operator can tell someone why they cannot sign in, which the page does not say in detail. */
    private static OAuth2AuthenticationException refused(OidcUser user, String code, String message) {
        log.info("Single sign-on refused ({}): issuer {}, subject {}",
                code, user.getIdToken().getClaimAsString(IdTokenClaimNames.ISS), user.getSubject());
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }

    /** What the audit trail keeps of a link. */
    record Link(String username, String issuer, String subject, String email) {
    }

    /**
     * The provider's user under the account's username, the name every access check resolves
     * ({@link io.mentormatch.api.access.CurrentActor}); the claims stay as the provider sent them.
     */
    static final class AccountUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        AccountUser(String username, List<GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
