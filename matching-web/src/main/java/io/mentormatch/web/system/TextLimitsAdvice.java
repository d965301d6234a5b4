package io.mentormatch.web.system;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.mentormatch.api.text.TextLimits;

/** Gives every page the text limits as {@code limits}, so an input's maxlength is the limit the server applies. */
@ControllerAdvice(basePackages = "io.mentormatch.web")
class TextLimitsAdvice {

    private static final Map<String, Integer> LIMITS = Map.of("reason", TextLimits.REASON);

    @ModelAttribute("limits")
    Map<String, Integer> limits() {
        return LIMITS;
    }
}
