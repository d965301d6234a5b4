package io.mentormatch.api.problem;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/** The stable problem types that are not domain facts: malformed input, security, oversized bodies. */
public final class Problems {

    public static final URI VALIDATION = type("validation");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = type("not-acceptable");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI SESSION_ENDED = type("session-ended");
    public static final URI PASSWORD_CHANGE_REQUIRED = type("password-change-required");
    public static final URI TOO_MANY_SIGN_IN_ATTEMPTS = type("too-many-sign-in-attempts");
    // the second factor (issue 19): HTTP Basic cannot carry a code; a role that requires one has none yet
    public static final URI SECOND_FACTOR_REQUIRED = type("second-factor-required");
    public static final URI SECOND_FACTOR_ENROLMENT_REQUIRED = type("second-factor-enrolment-required");
    public static final URI TOO_MANY_REQUESTS = type("too-many-requests");
    public static final URI CONCURRENT_EDIT = type("concurrent-edit");
    public static final URI DATA_CONFLICT = type("data-conflict");
    public static final URI SERVICE_BUSY = type("service-busy");
    public static final URI INTERNAL_ERROR = type("internal-error");

    /** Renders extra properties at the top level, as the MVC message converters do. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private Problems() {
    }

    /** For filters, which answer before Spring MVC and its message converters are reached. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static URI type(String name) {
        return URI.create(DomainException.TYPE_BASE + name);
    }
}
