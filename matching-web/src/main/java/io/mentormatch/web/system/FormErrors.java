package io.mentormatch.web.system;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.problem.DomainException;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.problem.StateConflict;

/**
 * The field messages of one posted page form, in the order found, at most one per field: what the binder could not
 * convert (letters in a number field), what the form's and the API records' constraints refuse, and what a
 * service refused. A form with messages is shown again with them and status 400.
 */
public final class FormErrors {

    /** The hidden version of the record a form edits: whatever is wrong with it, the remedy is the same. */
    static final String VERSION = "version";
    private static final String PEER_WEIGHTS = "peerWeights.";
    static final String STALE_FORM = "This form is incomplete or out of date. Reload the page and apply your changes again.";

    private final Map<String, String> messages = new LinkedHashMap<>();

    private FormErrors() {
    }

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The binder's and the form's own messages. */
    public static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        binding.getFieldErrors().forEach(e -> errors.add(e.getField(), message(binding, e)));
        binding.getGlobalErrors().forEach(e -> errors.add("form", e.getDefaultMessage()));
        return errors;
    }

    /** The constraint violations of the API record a form turns into, e.g. {@code CohortSettings}. */
    public FormErrors add(Collection<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> add(v.getPropertyPath().toString(), v.getMessage()));
        return this;
    }

    /**
     * What a service refused: the fields it found wrong with the input, or, when the data moved on (a state
     * conflict, a mentor no longer in the cohort), one message for the whole form.
     */
    public FormErrors add(DomainException refused) {
        if (refused instanceof InvalidInput invalid) {
            invalid.errors().forEach(p -> add(p.field(), p.message()));
        } else {
            add("form", PageErrors.refusal(refused));
        }
        return this;
    }

    public FormErrors add(String path, String message) {
        String field = field(path);
        messages.putIfAbsent(field, VERSION.equals(field) ? STALE_FORM : message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> messages() {
        return messages;
    }

    /**
     * Shows a save the service refused because the data moved on, with 409: someone else saved it first (then the
     * person reloads and applies their change again), or the cohort left the stage in which it may be edited.
     */
    public static void conflict(StateConflict refused, String what, Model model, HttpServletResponse response) {
        model.addAttribute("problem", refused instanceof ConcurrentEdit
                ? "Your " + what + " was changed elsewhere in the meantime. Reload the page and apply your changes again."
                : refused.getMessage());
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    /** Puts the messages into the model as {@code errors} and answers 400 when there are any. */
    public void show(Model model, HttpServletResponse response) {
        model.addAttribute("errors", messages);
        if (!messages.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    /**
     * The input a property path belongs to: {@code weights.specialty} → {@code specialty},
     * {@code form.interests[2]} and {@code interests[2].<list element>} → {@code interests}.
     */
    static String field(String path) {
        String field = path;
        if (field.startsWith(PEER_WEIGHTS) && field.length() > PEER_WEIGHTS.length()) {
            // the peer layer's weights are flat inputs on the settings form: peerWeights.specialty → peerSpecialty
            String weight = field.substring(PEER_WEIGHTS.length());
            return "peer" + Character.toUpperCase(weight.charAt(0)) + weight.substring(1);
        }
        for (String wrapper : new String[] {"form.", "profile.", "weights."}) {
            if (field.startsWith(wrapper)) {
                field = field.substring(wrapper.length());
            }
        }
        int bracket = field.indexOf('[');
        int dot = field.indexOf('.');
        int end = bracket < 0 ? dot : dot < 0 ? bracket : Math.min(bracket, dot);
        return end < 0 ? field : field.substring(0, end);
    }

    /** A value the binder could not convert gets a message a person understands; it never echoes the value. */
    private static String message(BindingResult binding, FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Class<?> type = binding.getFieldType(error.getField());
        if (type == Role.class) {
            return "Choose one of the roles offered.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Choose yes or no.";
        }
        if (type != null && Number.class.isAssignableFrom(type)) {
            return "Write a whole number, such as 3.";
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return "Write a date and time, such as 2027-03-01 10:00.";
        }
        return "Choose one of the choices offered.";
    }
}
