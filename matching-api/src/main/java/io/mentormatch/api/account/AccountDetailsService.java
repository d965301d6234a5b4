package io.mentormatch.api.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Form login and HTTP Basic check passwords against the BCrypt hashes of app_user. Not a bean: only
 * {@link SignInLimitingProvider} may use it, or Spring Security could build a password check without the limit.
 */
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountEntity account = accounts.findByUsernameIgnoreCase(username)
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRole().authority())
                .build();
    }
}
