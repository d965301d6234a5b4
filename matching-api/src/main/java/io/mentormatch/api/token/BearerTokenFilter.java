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
import io.mentormatch.api.token.BearerTokens.Bearer;

/**
 * Signs an API request in by its personal API token ({@code Authorization: Bearer mmt_...}) instead of a password:
 * a SHA-256 and one indexed read rather than a BCrypt check per request. The request is signed in for itself only:
 * the security context is never saved, so no session is created, and CSRF protection does not apply (the security
 * configuration skips it for API requests with an Authorization header and no session cookie). A bad token is a
 * 401 at once, never a fall-back to anonymous; a read token asking to change something is a 403.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private final BearerTokens tokens;

    public BearerTokenFilter(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !API.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Bearer> bearer = tokens.authenticate(header.substring(SCHEME.length()).strip());
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
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                bearer.get().username(), null, List.of(new SimpleGrantedAuthority(bearer.get().role().authority())));
        authentication.setDetails(new SignedInByToken(bearer.get().tokenId()));
        context.setAuthentication(authentication);
        // SecurityContextHolderFilter, earlier in the chain, clears it after the request
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    /** Marks a request signed in by an API token rather than by the person: see {@link ApiTokens#create}. */
    public record SignedInByToken(long tokenId) {
    }
}
