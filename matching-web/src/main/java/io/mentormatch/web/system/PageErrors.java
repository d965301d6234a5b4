package io.mentormatch.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.http.HttpServletResponse;

import io.mentormatch.api.problem.DomainException;
import io.mentormatch.api.problem.NotFound;
import io.mentormatch.api.problem.StateConflict;

/**
 * Pages answer failures with the friendly error page, never with the api module's JSON problem details and
 * never with a stack trace. A domain fact ("the cohort is already published") is safe to show; anything
 * unexpected is logged and shown as a generic apology.
 */
@ControllerAdvice(basePackages = "io.mentormatch.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        HttpStatus status = e instanceof NotFound ? HttpStatus.NOT_FOUND
                : e instanceof StateConflict ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        return page(status, e.title(), e.getMessage(), model, response);
    }

    /** Pages are for signed-in people only, so a refusal here is a signed-in person without the right. */
    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, null, null, model, response);
    }

    /**
     * A form whose hidden fields were missing or altered (a version, a target stage, a choice), or an address with
     * letters where an id belongs: the person can only start again from the page.
     */
    @ExceptionHandler({BindException.class, TypeMismatchException.class, ServletRequestBindingException.class,
            MultipartException.class, HandlerMethodValidationException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        if (e instanceof MethodArgumentTypeMismatchException m && m.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return page(HttpStatus.NOT_FOUND, null, null, model, response);
        }
        return page(HttpStatus.BAD_REQUEST, "The form could not be read",
                "Some of its values were missing or not what the page sent. Go back, reload the page and try again.",
                model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return page(HttpStatus.valueOf(known.getStatusCode().value()), null, null, model, response);
        }
        log.error("page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null, null, model, response);
    }

    static String page(HttpStatus status, String title, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "error";
    }
}
