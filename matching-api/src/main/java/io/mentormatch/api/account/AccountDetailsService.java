package io.mentormatch.api.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Form login and HTTP Basic check passwords against the BCrypt hashes of app_user; a temporary password past its
 * expiry (PasswordResets) is refused. Not a bean: only
 * {@link SignInLimitingProvider} may use it, or Spring Security could build a password check without the limit.
 */
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountEntity account = accounts.findByUsernameIgnoreCase(username)
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                // checked after the password, so that only the person who knows it learns that it expired
                .credentialsExpired(account.getPasswordExpiresAt() != null && clock.instant().isAfter(account.getPasswordExpiresAt()))
                .authorities(account.getRole().authority())
                .build();
    }
}
