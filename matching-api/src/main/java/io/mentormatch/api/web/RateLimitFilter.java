package io.mentormatch.api.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.mentormatch.api.problem.Problems;

/**
 * Refuses a signed-in account's request beyond its {@link RateLimits} with 429 and {@code Retry-After}: an RFC 9457
 * problem on the API, the error page for pages. It runs after sign-in, so every way of signing in (session, HTTP
 * Basic, API token) counts against the same account; anonymous requests are limited by the sign-in limit instead.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> STATIC = List.of("/css/", "/js/", "/images/", "/webjars/");

    private final RateLimits limits;

    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    /** A page's styles, scripts and images are part of one page view, not requests of their own. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith) || path.equals("/favicon.ico");
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
        boolean write = !READS.contains(request.getMethod());
        RateLimits.Verdict verdict = limits.take(authentication.getName(), write);
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        String seconds = Long.toString(verdict.retryAfterSeconds());
        String detail = "You made more than " + verdict.perMinute() + (write ? " changes" : " requests")
                + " in a minute. Please wait " + seconds + (verdict.retryAfterSeconds() == 1 ? " second" : " seconds")
                + " and try again.";
        response.setHeader(HttpHeaders.RETRY_AFTER, seconds);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
                    "Too many requests", detail);
            problem.setProperty("retryAfterSeconds", verdict.retryAfterSeconds());
            Problems.write(response, problem);
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), detail);
        }
    }
}
