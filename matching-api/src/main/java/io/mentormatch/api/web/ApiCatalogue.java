package io.mentormatch.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Yaml;
import org.springframework.core.io.ClassPathResource;

/**
 * The words of the API contract, kept apart from the controllers in {@code openapi/operations.yaml}: each feature's
 * tag description, each operation's id, summary, description and examples (keyed by "METHOD /path"), and the bounds
 * of parameters and properties that Bean Validation states in a way springdoc cannot read. {@code ApiDocumentTest}
 * fails when an operation has no entry or an entry names no operation (so the test reads it: public).
 */
public record ApiCatalogue(Map<String, String> tags, Map<String, Map<String, Object>> parameters,
                    Map<String, Map<String, Object>> schemas, Map<String, Operation> operations) {

    public static final String LOCATION = "openapi/operations.yaml";

    /**
     * @param anonymous       true for the few operations that need no sign-in (a mailed link's token is the proof)
     * @param requestExample  an example body, shown by Swagger UI and generated clients
     * @param responseExample an example of the successful answer
     * @param status          the success status where springdoc cannot see it (a ResponseEntity's 201)
     * @param alsoAnswers     error statuses beyond the ones the operation's shape implies (a read refused by state: 409)
     */
    public record Operation(String id, String summary, String description, boolean anonymous, Object requestExample,
                     Object responseExample, Integer status, List<Integer> alsoAnswers) {
    }

    public static ApiCatalogue load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return Yaml.mapper().readValue(in, ApiCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }
}
