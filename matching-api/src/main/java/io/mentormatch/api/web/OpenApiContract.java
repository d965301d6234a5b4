package io.mentormatch.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the generated document in one place, so that no controller carries documentation annotations: the
 * catalogue's words and examples, concrete media types instead of springdoc's {@code *}{@code /*}, the error
 * responses each operation can give (as RFC 9457 problems), and which sign-in each operation accepts.
 */
final class OpenApiContract implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** The error responses by status: component name and when it happens. */
    private record ErrorResponse(String name, String description) {
    }

    private static final Map<Integer, ErrorResponse> ERRORS = Map.of(
            400, new ErrorResponse("BadRequest", "The input is invalid: every invalid field is listed in errors, or the body "
                    + "cannot be read, or a domain rule refuses it."),
            401, new ErrorResponse("Unauthorized", "No valid sign-in: no or wrong credentials, an ended session, or a "
                    + "second factor HTTP Basic cannot carry."),
            403, new ErrorResponse("Forbidden", "Signed in, but not allowed: another program's data, another person's "
                    + "form, a missing CSRF token, a read-only API token, or a password change or second factor due."),
            404, new ErrorResponse("NotFound", "Nothing with this id exists that the caller may see."),
            409, new ErrorResponse("Conflict", "The change conflicts with the current state: a stale version, a duplicate, "
                    + "or a step the cohort's state does not allow."),
            413, new ErrorResponse("ContentTooLarge", "The request body is larger than the limit of the service "
                    + "(mentormatch.request.max-body-bytes, 5 MB unless the operator changed it)."),
            415, new ErrorResponse("UnsupportedMediaType", "The request body has a media type the operation does not read."),
            429, new ErrorResponse("TooManyRequests", "Too many requests or changes by this account in a minute, or too "
                    + "many wrong passwords: wait for Retry-After seconds."),
            500, new ErrorResponse("InternalServerError", "An unexpected failure; the request may not have been "
                    + "completed. The log has the cause, the answer never does."),
            503, new ErrorResponse("ServiceUnavailable", "The service could not reach its database in time; nothing was "
                    + "changed. Retry after Retry-After seconds."));

    private final ApiCatalogue catalogue;
    private final long maxBodyBytes;

    OpenApiContract(ApiCatalogue catalogue, long maxBodyBytes) {
        this.catalogue = catalogue;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        OpenApiSchemas.addProblems(components);
        OpenApiSchemas.freeFormJson(components);
        Map<Integer, Set<URI>> types = ProblemTypes.byStatus();
        ERRORS.forEach((status, error) -> components.addResponses(error.name(), errorResponse(status, error, types)));
        Set<String> usedTags = new TreeSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describe(method.name() + " " + path, operation);
            mediaTypes(path, operation);
            ApiCatalogue.Operation entry = catalogue.operations().get(method.name() + " " + path);
            errors(path, method, operation, entry == null || entry.alsoAnswers() == null ? List.of() : entry.alsoAnswers());
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> OpenApiSchemas.bound(p, catalogue.parameters()));
            }
            if (operation.getTags() != null) {
                usedTags.addAll(operation.getTags());
            }
        }));
        OpenApiSchemas.bound(components, catalogue.schemas());
        openApi.setTags(usedTags.stream().map(name -> new Tag().name(name).description(catalogue.tags().get(name))).toList());
    }

    private void describe(String key, Operation operation) {
        ApiCatalogue.Operation entry = catalogue.operations().get(key);
        if (entry == null) {
            return;
        }
        operation.operationId(entry.id()).summary(entry.summary()).description(entry.description());
        if (entry.anonymous()) {
            operation.setSecurity(List.of());
        } else if (SAFE.contains(key.substring(0, key.indexOf(' ')))) {
            operation.setSecurity(OpenApiConfiguration.securityFor(false));
        }
        if (entry.status() != null && operation.getResponses().containsKey("200")) {
            ApiResponse success = operation.getResponses().remove("200");
            operation.getResponses().addApiResponse(entry.status().toString(),
                    success.description(org.springframework.http.HttpStatus.valueOf(entry.status()).getReasonPhrase()));
        }
        if (entry.requestExample() != null && operation.getRequestBody() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(entry.requestExample()));
        }
        if (entry.responseExample() != null) {
            operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2")).findFirst()
                    .ifPresent(e -> e.getValue().getContent().values().forEach(media -> media.setExample(entry.responseExample())));
        }
    }

    /** A body without a declared type is JSON; a file download says its type by its extension. */
    private void mediaTypes(String path, Operation operation) {
        if (operation.getRequestBody() != null) {
            replaceAny(operation.getRequestBody().getContent(), "application/json");
            operation.getRequestBody().getContent().forEach((type, media) -> media.setSchema(
                    OpenApiSchemas.rawBody(type, media.getSchema(), maxBodyBytes)));
        }
        String produced = path.endsWith(".csv") ? "text/csv" : path.endsWith(".ics") ? "text/calendar" : "application/json";
        operation.getResponses().values().forEach(response -> replaceAny(response.getContent(), produced));
    }

    private static void replaceAny(Content content, String mediaType) {
        if (content != null && content.containsKey("*/*")) {
            content.addMediaType(mediaType, content.remove("*/*"));
        }
    }

    /**
     * What each operation can answer besides success. Every operation: 500 and 503; 403; a signed-in one 401 and 429;
     * with a path variable 404 (and 400 for one of the wrong type); with a body 400, 413 and 415; every change 409. An
     * anonymous operation (a mailed link) answers neither 401 nor 429.
     */
    private static void errors(String path, PathItem.HttpMethod method, Operation operation, List<Integer> alsoAnswers) {
        boolean anonymous = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean change = !SAFE.contains(method.name());
        ApiResponses responses = operation.getResponses();
        Set<Integer> statuses = new TreeSet<>(alsoAnswers);
        if (body || parameters) {
            statuses.add(400);
        }
        // even an anonymous operation is refused to a signed-in caller who must first change the password
        statuses.add(403);
        if (!anonymous) {
            statuses.addAll(List.of(401, 429));
        }
        // a path variable names something that may not exist; so does the token of an anonymous operation's body
        if (path.contains("{") || anonymous) {
            statuses.add(404);
        }
        if (change) {
            statuses.add(409);
        }
        if (body) {
            statuses.addAll(List.of(413, 415));
        }
        statuses.addAll(List.of(500, 503));
        statuses.forEach(status -> responses.addApiResponse(String.valueOf(status),
                new ApiResponse().$ref("#/components/responses/" + ERRORS.get(status).name())));
    }

    private static ApiResponse errorResponse(int status, ErrorResponse error, Map<Integer, Set<URI>> types) {
        String typeList = types.get(status).stream().map(URI::toString).collect(Collectors.joining(", "));
        ApiResponse response = new ApiResponse().description(error.description() + " Problem types: " + typeList + ".")
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(OpenApiSchemas.problemOf(types.get(status)))));
        if (status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                    .schema(new JsonSchema().types(Set.of("integer")).format("int32").minimum(java.math.BigDecimal.ZERO)
                            .maximum(java.math.BigDecimal.valueOf(86_400))));
        }
        return response;
    }
}
