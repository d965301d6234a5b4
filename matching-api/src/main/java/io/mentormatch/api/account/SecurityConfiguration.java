package io.mentormatch.api.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.Problems;
import io.mentormatch.api.web.RateLimitFilter;
import io.mentormatch.api.web.RateLimits;
import io.mentormatch.api.web.ScimErrors;
import io.mentormatch.api.token.BearerTokenFilter;
import io.mentormatch.api.token.BearerTokens;

/**
 * Who may call what. Browsers sign in with a form (BCrypt passwords) or, when enabled, OpenID Connect, and carry
 * a session cookie plus a CSRF token. API clients send HTTP Basic credentials with every request and get no
 * session. CSRF protection is skipped only for requests that carry an explicit Authorization header and no
 * session cookie: a cross-site page cannot make a browser attach such a header (no Basic challenge is ever sent,
 * so browsers never cache Basic credentials for this site), and without a session cookie there is no ambient
 * authority to ride on. Fine-grained rules (own form, own program) are method-level, in {@link AccessPolicy}, and
 * read the account as it is now: {@link AccountSessions} refuses sessions whose account changed since sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** The REST API, which answers problem details where pages redirect; {@link AccountSessions} tells them apart too. */
    static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
    static final String PASSWORD_LINKS = "/api/password-links";

    /**
     * No Spring Security observations: besides the spans, they wrap every filter of the chain in another filter,
     * a measurable share of a short request's CPU under load (docs/benchmarks.md, "Service load");
     * http.server.requests still times every request.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${mentormatch.security.login-page:}") String loginPage,
            @Value("${mentormatch.security.public-paths:}") String[] publicPaths,
            @Value("${mentormatch.security.oidc.enabled:false}") boolean oidcEnabled,
            @Value("${mentormatch.api-docs.public:false}") boolean apiDocsPublic,
            @Value("${mentormatch.security.content-security-policy}") String contentSecurityPolicy,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations,
            @Value("${mentormatch.security.password-change-page:}") String passwordChangePage,
            OidcAccounts oidcAccounts, CurrentActor currentActor,
            AccessPolicy access, SecondFactors secondFactors, BearerTokens bearerTokens, RateLimits rateLimits)
            throws Exception {
        AccountSessions accountSessions = new AccountSessions(currentActor, loginPage, passwordChangePage);
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error",
                                    "/login", "/login/code", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico").permitAll()
                            // a mailed link's token is the proof: no session, so no cross-site request to forge either
                            .requestMatchers(HttpMethod.POST, PASSWORD_LINKS).permitAll()
                            .requestMatchers(PasswordResets.SET_PASSWORD_PATH + "**").permitAll()
                            // issue 23: calendar programs fetch a person's feed without signing in; its secret is the proof
                            .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                            .requestMatchers("/actuator/**").access((authentication, request) -> new AuthorizationDecision(access.isAdmin()));
                    // the contract maps every endpoint: public only where an operator says so (the demo does)
                    if (apiDocsPublic) {
                        requests.requestMatchers(API_DOCS).permitAll();
                    }
                    // issue 23: an identity provider's SCIM token, and nothing else, reaches the SCIM endpoints
                    requests.requestMatchers(ScimErrors.PATHS).hasAuthority(BearerTokenFilter.SCIM_AUTHORITY);
                    requests.requestMatchers(publicPaths).permitAll()
                            .anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .formLogin(form -> {
                    form.failureHandler(signInFailure(secondFactors.signIn().passwordWasRight()));
                    if (!loginPage.isBlank()) {
                        form.loginPage(loginPage).permitAll();
                    }
                })
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // only a bearer token ever reaches /scim/v2, never a session: there is no ambient authority to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::apiClientWithoutSession)
                        .ignoringRequestMatchers(ScimErrors.PATHS)
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PASSWORD_LINKS)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(accountSessions, ExceptionTranslationFilter.class)
                .addFilterAfter(secondFactors.enrolmentRequired(currentActor, passwordChangePage), AccountSessions.class)
                .addFilterBefore(secondFactors.codeFilter(), UsernamePasswordAuthenticationFilter.class)
                // issue 19: personal API tokens sign an API request in without BCrypt; every account is rate limited
                .addFilterBefore(new BearerTokenFilter(bearerTokens), BasicAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(rateLimits), ExceptionTranslationFilter.class)
                // HSTS is only sent on secure requests: behind a TLS-terminating proxy, X-Forwarded-Proto makes
                // them secure when the proxy is trusted (mentormatch.security.trusted-proxies)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::unauthenticated, API)
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::unauthenticated,
                                PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"))
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ScimErrors.write(response, HttpStatus.UNAUTHORIZED.value(), "send the SCIM token as a bearer token");
                        }, ScimErrors.PATHS)
                        .accessDeniedHandler(forbidden()));
        ClientRegistrationRepository registrations = clientRegistrations.getIfAvailable();
        if (oidcEnabled && registrations != null) {
            http.oauth2Login(oauth -> {
                oauth.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts));
                if (!loginPage.isBlank()) {
                    // else Spring's generated page would take /login over from the pages' sign-in page (OidcProviders)
                    oauth.loginPage(loginPage);
                }
            });
        }
        return http.build();
    }

    static boolean apiClientWithoutSession(HttpServletRequest request) {
        return API.matches(request) && request.getHeader("Authorization") != null
                && request.getRequestedSessionId() == null;
    }

    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        if (e instanceof SignInLimitReached limit) {
            long seconds = limit.retryAfterSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_SIGN_IN_ATTEMPTS,
                    "Too many sign-in attempts", "too many wrong passwords; try again in " + seconds + " s");
            problem.setProperty("retryAfterSeconds", seconds);
            Problems.write(response, problem);
            return;
        }
        if (SecondFactorSignIn.passwordWasRight(e)) {
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.SECOND_FACTOR_REQUIRED,
                    "Second factor required", "this account signs in with a second factor, which HTTP Basic cannot carry: "
                            + "sign in on the sign-in page, or use a personal API token (POST /api/me/tokens)"));
            return;
        }
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                "sign in, or send HTTP Basic credentials"));
    }

    /**
     * The sign-in page says why: a wrong password, or too many of them (SignInLimit); a right password of an account
     * with a second factor goes on to the code page instead (SecondFactorSignIn).
     */
    private static AuthenticationFailureHandler signInFailure(AuthenticationFailureHandler passwordWasRight) {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(SignInLimitReached.class.getName(), "/login?locked",
                CredentialsExpiredException.class.getName(), "/login?expired", AccountDisabled.class.getName(), "/login?disabled"));
        return (request, response, e) -> {
            if (SecondFactorSignIn.passwordWasRight(e)) {
                passwordWasRight.onAuthenticationFailure(request, response, e);
            } else {
                if (e instanceof AccountDisabled) {
                    // the mapped redirect keeps no exception: the sign-in page reads whom to ask from it
                    request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, e);
                }
                handler.onAuthenticationFailure(request, response, e);
            }
        };
    }

    /**
     * JSON problem details for the API only; pages get the servlet container's 403 error dispatch, which the web
     * module renders as its friendly error page. Set explicitly because a single default handler registered
     * "for" a matcher is applied to every request, and the CSRF filter uses this handler too.
     */
    private static AccessDeniedHandler forbidden() {
        AccessDeniedHandler json = (request, response, e) -> Problems.write(response, Problems.of(HttpStatus.FORBIDDEN,
                Problems.FORBIDDEN, "Forbidden", "you may not do this"));
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(API, json);
        handlers.put(ScimErrors.PATHS, (request, response, e) -> ScimErrors.write(response, HttpStatus.FORBIDDEN.value(),
                "only an administrator's token of scope scim reaches the SCIM endpoints"));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

}
