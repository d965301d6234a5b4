package io.mentormatch.api.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The schemas of the contract that springdoc does not derive: the RFC 9457 problem detail and its types per status,
 * and bounds on every number and text a client sends (Bean Validation's, where springdoc cannot read them).
 */
final class OpenApiSchemas {

    static final String PROBLEM = "Problem";
    private static final String FIELD_PROBLEM = "FieldProblem";

    private OpenApiSchemas() {
    }

    static void addProblems(Components components) {
        components.addSchemas(FIELD_PROBLEM, object("One thing wrong with the input.", Map.of(
                "field", string("The offending field, e.g. weights.specialty or residents[R001].ranking.", 200),
                "message", string("What is wrong with it, in plain words.", 2000),
                "line", integer("The line of an uploaded file; absent when the input is not a file.", 1, Integer.MAX_VALUE))));
        Schema<Object> errors = new JsonSchema().types(Set.of("array")).maxItems(10_000)
                .items(new JsonSchema().$ref("#/components/schemas/" + FIELD_PROBLEM))
                .description("Every invalid field of a validation problem (type .../validation).");
        components.addSchemas(PROBLEM, object("An RFC 9457 problem detail. Its type is stable; title and detail are for people.",
                new LinkedHashMap<>(Map.of(
                        "type", string("The problem type, a stable URI; the response lists the types of its status.", 200).format("uri"),
                        "title", string("A short summary of the problem type.", 200),
                        "status", integer("The HTTP status code.", 400, 599),
                        "detail", string("What went wrong with this request.", 2000),
                        "instance", string("The request path.", 2000).format("uri-reference"),
                        "errors", errors,
                        "retryAfterSeconds", integer("With 429: seconds to wait before trying again.", 0, Integer.MAX_VALUE))))
                .required(List.of("type", "title", "status")));
    }

    /**
     * A body read as a Jackson tree (the cohort file) is any JSON object to the contract; springdoc would describe
     * the tree class's getters instead.
     */
    static void freeFormJson(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("JsonNode")) {
            components.addSchemas("JsonNode", new JsonSchema().types(Set.of("object"))
                    .description("A JSON document whose shape the operation describes."));
        }
    }

    /**
     * A body a controller reads as raw bytes (the cohort file, a CSV roster) is a document, not base64: a JSON body
     * is any JSON object to the contract, any other a text up to the body limit.
     */
    static Schema<?> rawBody(String mediaType, Schema<?> schema, long maxBytes) {
        if (schema == null || !types(schema).contains("string") || !"byte".equals(schema.getFormat())) {
            return schema;
        }
        return mediaType.endsWith("json")
                ? new JsonSchema().types(Set.of("object")).description("A JSON document whose shape the operation describes.")
                : new JsonSchema().types(Set.of("string")).maxLength((int) Math.min(maxBytes, Integer.MAX_VALUE))
                        .description("The file's text, up to the request body limit.");
    }

    /** The problem schema of one status, its {@code type} limited to what that status can carry. */
    static Schema<?> problemOf(Set<URI> types) {
        Schema<Object> type = new JsonSchema().types(Set.of("string"));
        type.setEnum(types.stream().map(URI::toString).map(Object.class::cast).toList());
        return new JsonSchema().allOf(List.of(new JsonSchema().$ref("#/components/schemas/" + PROBLEM),
                new JsonSchema().properties(Map.of("type", type))));
    }

    /** Applies the catalogue's bounds by "Schema.property", then gives every open number the bounds of its type. */
    static void bound(Components components, Map<String, Map<String, Object>> schemaBounds) {
        schemaBounds.forEach((key, bounds) -> {
            String[] names = key.split("\\.", 2);
            Schema<?> schema = components.getSchemas().get(names[0]);
            Schema<?> property = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(names[1]);
            if (property == null) {
                throw new IllegalStateException(ApiCatalogue.LOCATION + " bounds " + key + ", which is no schema property");
            }
            apply(property, bounds);
        });
        components.getSchemas().forEach((name, schema) -> walk(schema));
    }

    static void bound(Parameter parameter, Map<String, Map<String, Object>> parameterBounds) {
        Map<String, Object> bounds = parameterBounds.get(parameter.getName());
        if (bounds != null && parameter.getSchema() != null) {
            apply(parameter.getSchema(), bounds);
        }
        if (parameter.getSchema() != null) {
            walk(parameter.getSchema());
        }
    }

    private static void walk(Schema<?> schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                integerBounds(property, name);
                walk(property);
            });
        }
        if (schema.getItems() != null) {
            walk(schema.getItems());
        }
        integerBounds(schema, "");
        dateLength(schema);
        caseInsensitivePattern(schema);
    }

    /**
     * Ids start at 1 and versions at 0; any other number left open is bounded by its type. Beyond these the server
     * answers 404 (an id), 409 (a version) or 400 (a number that does not fit), never more.
     */
    private static void integerBounds(Schema<?> schema, String name) {
        if (!types(schema).contains("integer")) {
            return;
        }
        boolean int32 = "int32".equals(schema.getFormat());
        if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
            long minimum = name.equals("version") ? 0 : name.equals("id") || name.endsWith("Id") ? 1
                    : int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            schema.setMinimum(BigDecimal.valueOf(minimum));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
            schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    /** A date or instant is as long as ISO 8601 writes it: a bound for clients that check lengths, not formats. */
    private static void dateLength(Schema<?> schema) {
        if (types(schema).contains("string") && schema.getMaxLength() == null) {
            if ("date".equals(schema.getFormat())) {
                schema.setMaxLength(10);
            } else if ("date-time".equals(schema.getFormat())) {
                schema.setMaxLength(35);
            }
        }
    }

    /**
     * Java's (?i) flag is no ECMA-262 syntax, which OpenAPI patterns use: each letter becomes a class of both cases,
     * so the pattern accepts what the server accepts.
     */
    private static void caseInsensitivePattern(Schema<?> schema) {
        String pattern = schema.getPattern();
        if (pattern != null && pattern.startsWith("(?i)")) {
            // anchored too: Bean Validation matches the whole value, ECMA-262 any part of it
            schema.setPattern(pattern.substring(4).chars().mapToObj(c -> Character.isLetter(c)
                    ? "[" + Character.toLowerCase((char) c) + Character.toUpperCase((char) c) + "]"
                    : String.valueOf((char) c)).collect(Collectors.joining("", "^(?:", ")$")));
        }
    }

    @SuppressWarnings("unchecked")
    private static void apply(Schema<?> schema, Map<String, Object> bounds) {
        bounds.forEach((keyword, value) -> {
            switch (keyword) {
                case "maxLength" -> schema.setMaxLength(((Number) value).intValue());
                case "minLength" -> schema.setMinLength(((Number) value).intValue());
                case "maxItems" -> schema.setMaxItems(((Number) value).intValue());
                case "minimum" -> schema.setMinimum(new BigDecimal(value.toString()));
                case "maximum" -> schema.setMaximum(new BigDecimal(value.toString()));
                case "pattern" -> schema.setPattern((String) value);
                case "itemsMaxLength" -> schema.getItems().setMaxLength(((Number) value).intValue());
                case "enum" -> ((Schema<Object>) schema).setEnum((List<Object>) value);
                default -> throw new IllegalStateException(ApiCatalogue.LOCATION + ": unknown bound " + keyword);
            }
        });
    }

    static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }

    private static Schema<Object> object(String description, Map<String, Schema> properties) {
        Schema<Object> schema = new JsonSchema().types(Set.of("object")).description(description);
        schema.setProperties(new LinkedHashMap<>(properties));
        return schema;
    }

    private static Schema<Object> string(String description, int maxLength) {
        return new JsonSchema().types(Set.of("string")).description(description).maxLength(maxLength);
    }

    private static Schema<Object> integer(String description, int minimum, int maximum) {
        return new JsonSchema().types(Set.of("integer")).format("int32").description(description)
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
