package io.mentormatch.api.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.Problems;

/**
 * Where {@code mentormatch.security.require-mfa-for} names the role of a signed-in password account without a
 * second factor, nothing but setting one up is allowed (and changing a reset password first, and signing out): the
 * API answers 403 {@code second-factor-enrolment-required}, pages go to the set-up page. Single sign-on sessions
 * are never asked: the identity provider owns their factors. Runs after {@link AccountSessions}.
 */
class SecondFactorEnrolmentRequired extends OncePerRequestFilter {

    private final CurrentActor currentActor;
    private final SecondFactor secondFactor;
    private final String enrolmentPage;
    private final RequestMatcher allowed;

    /**
     * @param enrolmentPage the page where a person sets up their second factor, or blank when there are no pages
     */
    SecondFactorEnrolmentRequired(CurrentActor currentActor, SecondFactor secondFactor, String enrolmentPage,
                                  String passwordChangePage) {
        this.currentActor = currentActor;
        this.secondFactor = secondFactor;
        this.enrolmentPage = enrolmentPage;
        List<RequestMatcher> matchers = new ArrayList<>(List.of(
                PathPatternRequestMatcher.pathPattern("/api/me/second-factor"),
                PathPatternRequestMatcher.pathPattern("/api/me/second-factor/**"),
                PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/me"),
                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/me/password"),
                PathPatternRequestMatcher.pathPattern("/logout"), PathPatternRequestMatcher.pathPattern("/error"),
                PathPatternRequestMatcher.pathPattern("/css/**"), PathPatternRequestMatcher.pathPattern("/js/**"),
                PathPatternRequestMatcher.pathPattern("/images/**"), PathPatternRequestMatcher.pathPattern("/webjars/**"),
                PathPatternRequestMatcher.pathPattern("/favicon.ico")));
        for (String page : List.of(enrolmentPage, passwordChangePage)) {
            if (!page.isBlank()) {
                matchers.add(PathPatternRequestMatcher.pathPattern(page));
                matchers.add(PathPatternRequestMatcher.pathPattern(page + "/**"));
            }
        }
        this.allowed = new OrRequestMatcher(matchers);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = currentActor.find();
        if (actor.isEmpty() || allowed.matches(request)
                || SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken
                || !secondFactor.mustEnrol(actor.get())) {
            chain.doFilter(request, response);
            return;
        }
        if (SecurityConfiguration.API.matches(request) || enrolmentPage.isBlank()) {
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.SECOND_FACTOR_ENROLMENT_REQUIRED,
                    "Second factor required", "set up a second factor first: POST /api/me/second-factor"));
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + enrolmentPage);
            response.setStatus(HttpStatus.FORBIDDEN.value());
        } else {
            response.sendRedirect(request.getContextPath() + enrolmentPage);
        }
    }
}
