package io.mentormatch.web.system;

import java.util.Map;

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
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.mentormatch.api.problem.ConcurrentEdit;
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
    String domain(DomainException e, HandlerMethod handler, HttpServletRequest request, Model model,
                  HttpServletResponse response) {
        RefusalShownOn back = handler == null ? null : handler.getMethodAnnotation(RefusalShownOn.class);
        if (back != null && !(e instanceof NotFound)) {
            return backWithNotice(back, refusal(e), request);
        }
        HttpStatus status = e instanceof NotFound ? HttpStatus.NOT_FOUND
                : e instanceof StateConflict ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        return page(status, e.title(), e.getMessage(), model, response);
    }

    /** The refusal in the person's words: an edit that lost a race says what to do next. */
    static String refusal(DomainException e) {
        return e instanceof ConcurrentEdit
                ? "Someone else changed this in the meantime. Look at the page as it is now and try again if it still applies."
                : e.getMessage();
    }

    private static String backWithNotice(RefusalShownOn back, String notice, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        RequestContextUtils.getOutputFlashMap(request).put("problem", notice);
        return "redirect:" + UriComponentsBuilder.fromUriString(back.value())
                .buildAndExpand(variables == null ? Map.of() : variables).toUriString();
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
