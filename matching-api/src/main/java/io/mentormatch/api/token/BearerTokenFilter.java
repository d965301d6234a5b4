package io.mentormatch.api.token;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.mentormatch.api.problem.Problems;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.web.ScimErrors;
import io.mentormatch.api.token.BearerTokens.Bearer;

/**
 * Signs an API request in by its personal API token ({@code Authorization: Bearer mmt_...}) instead of a password:
 * a SHA-256 and one indexed read rather than a BCrypt check per request. The request is signed in for itself only:
 * the security context is never saved, so no session is created, and CSRF protection does not apply (the security
 * configuration skips it for API requests with an Authorization header and no session cookie). A bad token is a
 * 401 at once, never a fall-back to anonymous; a read token asking to change something is a 403. A SCIM token
 * (issue 23) reaches only the SCIM endpoints, which no other token reaches: there the answers are SCIM errors.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    /** What every SCIM endpoint requires: a SCIM token, never a session or another token. */
    public static final String SCIM_AUTHORITY = "SCOPE_scim";

    private final BearerTokens tokens;

    public BearerTokenFilter(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean scim = ScimErrors.PATHS.matches(request);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !(scim || API.matches(request))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Bearer> bearer = tokens.authenticate(header.substring(SCHEME.length()).strip());
        if (scim) {
            provision(bearer, request, response, chain);
            return;
        }
        if (bearer.isPresent() && bearer.get().scope() == ApiTokenScope.SCIM) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                    "a SCIM token reaches only the SCIM endpoints under /scim/v2"));
            return;
        }
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                    "the API token is unknown, expired or revoked"));
            return;
        }
        if (!bearer.get().allows(request.getMethod())) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                    "this API token may only read (GET and HEAD); create a write token to change anything"));
            return;
        }
        signIn(bearer.get(), List.of(new SimpleGrantedAuthority(bearer.get().role().authority())));
        chain.doFilter(request, response);
    }

    /**
     * A SCIM request: only a SCIM token of an administrator's account, which it acts as, with the authority that
     * the security configuration requires of every SCIM endpoint.
     */
    private static void provision(Optional<Bearer> bearer, HttpServletRequest request, HttpServletResponse response,
                                  FilterChain chain) throws IOException, ServletException {
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ScimErrors.write(response, HttpStatus.UNAUTHORIZED.value(), "the token is unknown, expired or revoked");
            return;
        }
        if (bearer.get().scope() != ApiTokenScope.SCIM || bearer.get().role() != Role.ADMIN) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            ScimErrors.write(response, HttpStatus.FORBIDDEN.value(),
                    "only an administrator's token of scope scim reaches the SCIM endpoints");
            return;
        }
        signIn(bearer.get(), List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()),
                new SimpleGrantedAuthority(SCIM_AUTHORITY)));
        chain.doFilter(request, response);
    }

    private static void signIn(Bearer bearer, List<SimpleGrantedAuthority> authorities) {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                bearer.username(), null, authorities);
        authentication.setDetails(new SignedInByToken(bearer.tokenId()));
        context.setAuthentication(authentication);
        // SecurityContextHolderFilter, earlier in the chain, clears it after the request
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }

    /** Marks a request signed in by an API token rather than by the person: see {@link ApiTokens#create}. */
    public record SignedInByToken(long tokenId) {
    }
}
