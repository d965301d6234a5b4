package io.mentormatch.api.scim;

import java.util.stream.Collectors;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.NotFound;
import io.mentormatch.api.web.ScimErrors;
import io.mentormatch.api.problem.StateConflict;

/**
 * The SCIM endpoints answer errors in SCIM's format (RFC 7644 §3.12) with its {@code scimType}, which identity
 * providers act on (uniqueness: find the existing User; invalidFilter: a bug to report), instead of the API's
 * problem details. Ahead of {@code ProblemAdvice}, for this package's controllers only.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ScimErrorAdvice.class)
class ScimErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ScimErrorAdvice.class);

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> scim(ScimException e) {
        return answer(e.getScimError());
    }

    /** An account rule refused the User: its username or e-mail is another account's (409), or a value is wrong. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> invalid(InvalidInput e) {
        String detail = e.errors().stream().map(problem -> problem.field() + " " + problem.message())
                .collect(Collectors.joining("; "));
        boolean taken = e.errors().stream().anyMatch(problem -> problem.message().startsWith("is taken")
                || problem.message().startsWith("is in use"));
        return taken ? answer(ScimErrors.of(409, BadRequestException.UNIQUENESS, detail))
                : answer(ScimErrors.of(400, BadRequestException.INVALID_VALUE, detail));
    }

    @ExceptionHandler({MissingRequestValueException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> badParameter(Exception e) {
        return answer(ScimErrors.of(400, BadRequestException.INVALID_VALUE, "a parameter is missing or not a number"));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<String> notFound(NotFound e) {
        return answer(ScimErrors.of(404, null, e.getMessage()));
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<String> conflict(StateConflict e) {
        return answer(ScimErrors.of(409, null, e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<String> concurrent(OptimisticLockingFailureException e) {
        return answer(ScimErrors.of(412, null, "the resource changed meanwhile; read it again"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> forbidden(AccessDeniedException e) {
        return answer(ScimErrors.of(403, null, "only an administrator's token of scope scim reaches the SCIM endpoints"));
    }

    /** Never a stack trace or a database message to an identity provider. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e) {
        log.error("SCIM request failed", e);
        return answer(ScimErrors.of(500, null, "the request failed; try again later"));
    }

    private static ResponseEntity<String> answer(ErrorResponse error) {
        return ResponseEntity.status(error.getStatus()).contentType(ScimJson.SCIM).body(ScimErrors.json(error));
    }
}
