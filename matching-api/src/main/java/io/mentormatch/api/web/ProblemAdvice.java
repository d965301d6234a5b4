package io.mentormatch.api.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.mentormatch.api.problem.DomainException;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.NotFound;
import io.mentormatch.api.problem.Problems;
import io.mentormatch.api.problem.StateConflict;

/**
 * The one place that turns exceptions into RFC 9457 problem details with stable types. Bad input is always a
 * 4xx; a 500 says nothing about its cause to the client (the log has it).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        HttpStatus status = e instanceof NotFound ? HttpStatus.NOT_FOUND
                : e instanceof StateConflict ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = Problems.of(status, e.type(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, Problems.CONCURRENT_EDIT, "Concurrent edit",
                "someone else changed this at the same time; reload and apply your edit again");
    }

    /** A deadlock or lock timeout between two changes: the loser's change was rolled back whole and may be retried. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> lockConflict(PessimisticLockingFailureException e) {
        log.info("lock conflict refused: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, Problems.CONCURRENT_EDIT, "Concurrent edit",
                "another change to the same data was being saved at the same time; nothing was changed, try again");
    }

    /** No database connection in time (overload, failover): nothing was changed, and the client may retry. */
    @ExceptionHandler({CannotCreateTransactionException.class, TransientDataAccessResourceException.class,
            QueryTimeoutException.class})
    ResponseEntity<Object> busy(Exception e) {
        log.warn("database busy or unreachable: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_BUSY, "Service busy",
                "the service could not reach its database in time; nothing was changed, try again shortly");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> dataConflict(DataIntegrityViolationException e) {
        log.info("integrity violation refused: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, Problems.DATA_CONFLICT, "Data conflict",
                "the change conflicts with existing data, e.g. a duplicate name or id");
    }

    /** An unknown sort property in a page request. */
    @ExceptionHandler(PropertyReferenceException.class)
    ResponseEntity<Object> unknownProperty(PropertyReferenceException e) {
        return validation(List.of(FieldProblem.of("sort", "cannot sort by '" + e.getPropertyName() + "'")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> FieldProblem.of(v.getPropertyPath().toString(), v.getMessage())).toList();
        return validation(errors);
    }

    /** Security exceptions are answered by the security filter chain (401 or 403), not here. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR, "Internal error",
                "the request could not be completed; it has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validation(fieldProblems(e.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(FieldProblem.of(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimitFilter.causedByOversizedBody(e)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Payload too large",
                    "the request body is larger than allowed");
        }
        return problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "the request body could not be read" + describe(e));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(typeOf(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static URI typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> Problems.MALFORMED_REQUEST;
            case 404 -> Problems.NOT_FOUND;
            case 405 -> Problems.METHOD_NOT_ALLOWED;
            case 406 -> Problems.NOT_ACCEPTABLE;
            case 413 -> Problems.PAYLOAD_TOO_LARGE;
            case 415 -> Problems.UNSUPPORTED_MEDIA_TYPE;
            default -> Problems.INTERNAL_ERROR;
        };
    }

    /** Where the body went wrong, in the client's terms: never a Java class name. */
    private static String describe(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPathReference().isEmpty()) {
                return ": field " + fieldPath(databind) + " has the wrong type or format";
            }
            if (cause instanceof JacksonException jackson && jackson.getLocation() != null
                    && jackson.getLocation().getLineNr() > 0) {
                return ": malformed JSON at line " + jackson.getLocation().getLineNr()
                        + ", column " + jackson.getLocation().getColumnNr();
            }
        }
        return "";
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    static List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(FieldProblem.of(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(FieldProblem.of(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }

    private static ResponseEntity<Object> validation(List<FieldProblem> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid input",
                errors.size() + " field(s) are invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, type, title, detail));
    }
}
