package io.mentormatch.api.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.CurrentActor.Account;
import io.mentormatch.api.problem.Problems;

/**
 * Sessions live in each instance's memory, accounts in the shared database. A session remembers the account's
 * credentials version at sign-in ({@link SessionStamps}); on every request the version is compared with the
 * account's, in the one read {@link CurrentActor} makes anyway. Disabling an account, changing its role or
 * program, or resetting its password bumps the version, so every session of the account on every instance is
 * refused on its next request: the API answers 401, pages go to the sign-in page. While a reset password waits
 * to be changed, nothing but changing it (and signing out) is allowed: the API answers 403
 * {@code password-change-required}, pages go to the change-password page.
 */
class AccountSessions extends OncePerRequestFilter {

    private static final RequestMatcher CHANGE_PASSWORD_API =
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/me/password");

    private final CurrentActor currentActor;
    private final String loginPage;
    private final String passwordChangePage;
    private final RequestMatcher allowedDuringPasswordChange;

    /**
     * @param passwordChangePage the page where a person changes their password, or blank when there are no pages
     */
    AccountSessions(CurrentActor currentActor, String loginPage, String passwordChangePage) {
        this.currentActor = currentActor;
        this.loginPage = loginPage.isBlank() ? "/login" : loginPage;
        this.passwordChangePage = passwordChangePage;
        RequestMatcher page = passwordChangePage.isBlank() ? CHANGE_PASSWORD_API
                : PathPatternRequestMatcher.pathPattern(passwordChangePage);
        this.allowedDuringPasswordChange = new OrRequestMatcher(CHANGE_PASSWORD_API, page,
                PathPatternRequestMatcher.pathPattern("/logout"), PathPatternRequestMatcher.pathPattern("/error"),
                PathPatternRequestMatcher.pathPattern("/css/**"), PathPatternRequestMatcher.pathPattern("/js/**"),
                PathPatternRequestMatcher.pathPattern("/images/**"), PathPatternRequestMatcher.pathPattern("/webjars/**"),
                PathPatternRequestMatcher.pathPattern("/favicon.ico"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = currentActor.account();
        HttpSession session = request.getSession(false);
        boolean signedInSession = session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        if (signedInSession && session.getAttribute(SessionStamps.CREDENTIALS_VERSION) == null && account.isPresent()) {
            // signed in some other way than through the sign-in filters (e.g. a test's security context): from now on
            session.setAttribute(SessionStamps.CREDENTIALS_VERSION, account.get().credentialsVersion());
        }
        if (signedInSession && !current(session, account)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            currentActor.forget();
            if (SecurityConfiguration.API.matches(request)) {
                Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.SESSION_ENDED, "Session ended",
                        "the account was changed since this session signed in; sign in again"));
            } else {
                redirect(request, response, loginPage + "?ended", HttpStatus.UNAUTHORIZED);
            }
            return;
        }
        if (account.filter(Account::passwordChangeRequired).isPresent() && !allowedDuringPasswordChange.matches(request)) {
            if (SecurityConfiguration.API.matches(request) || passwordChangePage.isBlank()) {
                Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.PASSWORD_CHANGE_REQUIRED,
                        "Password change required", "choose a new password first: POST /api/me/password"));
            } else {
                redirect(request, response, passwordChangePage, HttpStatus.FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the session was signed in with the credentials the account has now. */
    private static boolean current(HttpSession session, Optional<Account> account) {
        return account.isPresent() && account.get().enabled()
                && session.getAttribute(SessionStamps.CREDENTIALS_VERSION) instanceof Long version
                && version == account.get().credentialsVersion();
    }

    /** A redirect that htmx follows with the whole page rather than swapping the target page into a fragment. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path,
                                 HttpStatus htmxStatus) throws IOException {
        String location = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", location);
            response.setStatus(htmxStatus.value());
            return;
        }
        response.sendRedirect(location);
    }
}
