package io.mentormatch.web.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page a page POST goes back to when its use case refuses (the data moved on, the cohort left the stage, the
 * input is not acceptable): {@link PageErrors} redirects there and shows the refusal as the page's notice, so the
 * controller states only where "back" is. The value is a path template over the POST's path variables, e.g.
 * {@code "/cohorts/{id}/proposals#swaps"}. A refusal of a method without it gets the error page.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusalShownOn {

    String value();
}
