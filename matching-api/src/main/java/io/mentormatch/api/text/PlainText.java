package io.mentormatch.api.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import io.mentormatch.core.cohort.InputRules;

/**
 * A name or label: no markup brackets and no control characters. Pages escape their output anyway; refusing
 * markup at the door also keeps it out of e-mails, CSV exports and calendar files.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = PlainText.PATTERN)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String PATTERN = InputRules.PLAIN_TEXT_PATTERN;

    String message() default "{io.mentormatch.api.text.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
