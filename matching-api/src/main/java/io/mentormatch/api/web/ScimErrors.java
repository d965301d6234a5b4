package io.mentormatch.api.web;

import java.io.IOException;

import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.mentormatch.api.problem.Problems;

/**
 * Errors of the SCIM endpoints in SCIM's own format (RFC 7644 §3.12), which identity providers read, where the rest
 * of the API answers RFC 9457 problems ({@link Problems}). Written with UnboundID's Jackson 2 writer: the SCIM
 * library's types carry Jackson 2 annotations, which the application's Jackson 3 does not read.
 */
public final class ScimErrors {

    /** Every SCIM endpoint, and nothing else: a SCIM token reaches these only. */
    public static final RequestMatcher PATHS = PathPatternRequestMatcher.pathPattern("/scim/v2/**");
    public static final String MEDIA_TYPE = "application/scim+json";

    private ScimErrors() {
    }

    public static ErrorResponse of(int status, String scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status);
        error.setScimType(scimType);
        error.setDetail(detail);
        return error;
    }

    public static String json(ErrorResponse error) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsString(error);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(of(status, null, detail)));
    }
}
