package io.mentormatch.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

import io.mentormatch.api.system.DomainException;
import io.mentormatch.api.system.NotFound;
import io.mentormatch.api.system.StateConflict;

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

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
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
