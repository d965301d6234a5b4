package io.mentormatch.api.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on grants no rights by itself: the hospital's identity provider says who someone is, and their
 * account here (matched by preferred_username, then e-mail) says what they may do.
 */
@Component
class OidcAccounts extends OidcUserService {

    private final UserAccountRepository accounts;

    OidcAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String claim = "preferred_username";
        UserAccount account = user.getPreferredUsername() == null ? null
                : accounts.findByUsernameIgnoreCase(user.getPreferredUsername()).orElse(null);
        if (account == null && user.getEmail() != null) {
            claim = "email";
            account = accounts.findByEmailIgnoreCase(user.getEmail()).orElse(null);
        }
        if (account == null || !account.isEnabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", "no account for this person", null));
        }
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(account.getRole().authority())),
                user.getIdToken(), user.getUserInfo(), claim);
    }
}
