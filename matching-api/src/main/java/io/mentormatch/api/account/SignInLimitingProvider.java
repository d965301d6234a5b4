package io.mentormatch.api.account;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one place where passwords are checked, for the sign-in form and HTTP Basic alike: {@link SignInLimit} lets
 * the attempt through or refuses it before the BCrypt check, whatever header spelling or request path carried it.
 * Being the only AuthenticationProvider bean, it is the global AuthenticationManager's only provider, so there is
 * no other password check to fall back on. An account with a second factor is not signed in by its password alone:
 * {@link SecondFactorRequired} sends the sign-in form on to the code page and refuses HTTP Basic.
 */
@Component
class SignInLimitingProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLimit limit;
    private final SecondFactor secondFactor;

    SignInLimitingProvider(UserAccountRepository accounts, PasswordEncoder passwordEncoder, SignInLimit limit,
                           SecondFactor secondFactor, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts, clock));
        this.passwords.setPasswordEncoder(passwordEncoder);
        // Spring checks "disabled" before the password by default, which tells anyone who tries a username that it
        // exists and is disabled. Checked after the right password instead, the refusal can name the account's
        // state and whom to ask (issue 21) and tells a guesser nothing: a wrong password reads as always.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(SignInLimitingProvider::afterRightPassword);
        this.limit = limit;
        this.secondFactor = secondFactor;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        SignInLimit.Attempt attempt = limit.begin(authentication.getName(), address);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrongPassword) {
            limit.failed(attempt);
            throw wrongPassword;
        } catch (RuntimeException passwordNotChecked) {
            limit.abandoned(attempt);
            throw passwordNotChecked;
        }
        if (secondFactor.isOn(result.getName())) {
            // not signed in yet, and the failures stay counted: only a right code clears them (SecondFactorSignIn)
            limit.abandoned(attempt);
            throw new SecondFactorRequired(result.getName());
        }
        limit.succeeded(attempt);
        return result;
    }

    private static void afterRightPassword(UserDetails user) {
        if (!user.isEnabled()) {
            throw new AccountDisabled(user.getUsername());
        }
        if (!user.isCredentialsNonExpired()) {
            throw new CredentialsExpiredException("the temporary password has expired");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
