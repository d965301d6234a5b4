package io.mentormatch.api.problem;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * A fact about the domain that stops a request, e.g. {@code CohortNotFound}. Its problem type and title derive
 * from the class name, so the type URI stays stable as long as the fact keeps its name.
 */
public abstract class DomainException extends RuntimeException {

    public static final String TYPE_BASE = "https://mentormatch.io/problems/";

    protected DomainException(String detail) {
        super(detail);
    }

    public URI type() {
        return typeOf(getClass());
    }

    /** The problem type of a fact without an instance of it, for the OpenAPI document's list of types. */
    public static URI typeOf(Class<? extends DomainException> fact) {
        return URI.create(TYPE_BASE + words(fact, "-"));
    }

    public String title() {
        String words = words(getClass(), " ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Extra members of the problem detail, e.g. the current version after a concurrent edit. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    private static String words(Class<?> fact, String separator) {
        return fact.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(Locale.ROOT);
    }
}
