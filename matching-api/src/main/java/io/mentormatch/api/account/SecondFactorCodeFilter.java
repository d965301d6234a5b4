package io.mentormatch.api.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second step of a sign-in: {@code POST /login/code} with {@code code} (and the CSRF token) signs the pending
 * sign-in in, as the sign-in form does after a password: a new session id and CSRF token, the security context
 * saved in the session, the sign-in event (which stamps the session, {@link SessionStamps}), then the page first
 * asked for. A wrong code goes back to the code page, a lock or an expired pending sign-in to the sign-in page.
 */
class SecondFactorCodeFilter extends AbstractAuthenticationProcessingFilter {

    private final SecondFactorSignIn signIn;
    private final AccountDetailsService details;

    SecondFactorCodeFilter(SecondFactorSignIn signIn, AccountDetailsService details, ApplicationEventPublisher events) {
        super(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login/code"));
        this.signIn = signIn;
        this.details = details;
        setApplicationEventPublisher(events);
        setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()))));
        setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new HttpSessionSecurityContextRepository(), new RequestAttributeSecurityContextRepository()));
        setAuthenticationSuccessHandler(new SavedRequestAwareAuthenticationSuccessHandler());
        setAuthenticationFailureHandler(this::failed);
        setAuthenticationManager(authentication -> {
            throw new IllegalStateException("codes are checked by SecondFactorSignIn");
        });
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        SecondFactorSignIn.Pending pending = signIn.pending(request).orElseThrow(PendingSignInExpired::new);
        signIn.check(pending, request.getParameter("code"), request.getRemoteAddr());
        signIn.forget(request);
        UserDetails user = details.loadUserByUsername(pending.username());
        if (!user.isEnabled()) {
            throw new DisabledException("the account was disabled");
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        if (e instanceof BadCredentialsException && signIn.pending(request).isPresent()) {
            SecondFactorSignIn.redirect(request, response, signIn.codePage() + "?error");
            return;
        }
        signIn.forget(request);
        SecondFactorSignIn.redirect(request, response,
                e instanceof SignInLimitReached ? "/login?locked" : e instanceof PendingSignInExpired ? "/login?expired" : "/login?error");
    }

    /** No password was right in this session in the last minutes. */
    static class PendingSignInExpired extends AuthenticationException {

        PendingSignInExpired() {
            super("no pending sign-in");
        }
    }
}
