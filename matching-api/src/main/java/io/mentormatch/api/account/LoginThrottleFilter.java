package io.mentormatch.api.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import io.mentormatch.api.system.Problems;

/**
 * Refuses a form login or an HTTP Basic attempt with 429 while {@link LoginThrottle} holds its user name and
 * address back, before the password is checked, so a throttled guess costs no BCrypt round and reveals nothing.
 * Sits in the security filter chain only (not registered as a servlet filter).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final String loginProcessingPath;

    LoginThrottleFilter(LoginThrottle throttle, String loginProcessingPath) {
        this.throttle = throttle;
        this.loginProcessingPath = loginProcessingPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = username(request).flatMap(name -> throttle.retryAfter(name, request.getRemoteAddr()));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_SIGN_IN_ATTEMPTS,
                    "Too many sign-in attempts", "too many wrong passwords; try again in " + seconds + " s");
            problem.setProperty("retryAfterSeconds", seconds);
            Problems.write(response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name a request tries to sign in as: a form login post, or HTTP Basic credentials. */
    private Optional<String> username(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && loginProcessingPath.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
