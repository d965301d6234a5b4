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
 * A person's own words (a reason, a note, an answer): markup is kept as text and escaped wherever it is shown, line
 * breaks and tabs are fine, other control characters are refused, as the cohort file's rule refuses them
 * ({@link InputRules#freeTextProblem}).
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = FreeText.PATTERN)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {

    String PATTERN = InputRules.FREE_TEXT_PATTERN;

    String message() default "{io.mentormatch.api.text.FreeText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
