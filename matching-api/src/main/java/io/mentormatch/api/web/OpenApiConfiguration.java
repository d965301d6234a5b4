package io.mentormatch.api.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The OpenAPI 3.1 document at /v3/api-docs and Swagger UI at /swagger-ui.html. Its words live in
 * {@code openapi/operations.yaml} ({@link ApiCatalogue}); {@link OpenApiContract} adds errors, media types and
 * security; the build lints the result with Spectral (tools/spectral).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SESSION = "session";
    static final String CSRF = "csrf";
    static final String BEARER = "bearer";
    static final String BASIC = "basic";

    @Bean
    OpenAPI mentorMatchingApi() {
        return new OpenAPI()
                .info(new Info().title("Mentor matching API").version("1")
                        .description("Cohorts, rosters, preference forms, mentor profiles, matching runs, proposals and "
                                + "publication for medical residency programs. Errors are RFC 9457 problem details "
                                + "(application/problem+json) with a stable type. API clients send a personal API token "
                                + "(Authorization: Bearer) or HTTP Basic credentials on every request; browsers use the "
                                + "session cookie and send the CSRF token with every change.")
                        .contact(new Contact().name("Mentor matching maintainers").url("https://mentormatch.io"))
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a browser signed in on the sign-in page (or with single sign-on)."))
                        .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                                .description("With the session, every change (POST, PUT, PATCH, DELETE) carries the session's "
                                        + "CSRF token. Requests with an Authorization header and no session cookie need none."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (POST /api/me/tokens), scope read or write; it signs "
                                        + "in as its owner, second factor included."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("User name and password on every request; not for accounts with a second factor.")))
                .security(securityFor(true));
    }

    /** The ways to sign in to an operation: a change made with the session also needs the CSRF token. */
    static List<SecurityRequirement> securityFor(boolean change) {
        SecurityRequirement session = new SecurityRequirement().addList(SESSION);
        if (change) {
            session.addList(CSRF);
        }
        return List.of(session, new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(BASIC));
    }

    /** One tag per feature: the controller's top-level package, i.e. its application module. */
    @Bean
    OperationCustomizer featureTags() {
        // the api root package: the parent of this module's package
        String root = ClassUtils.getPackageName(OpenApiConfiguration.class).replaceAll("\\.[^.]+$", "") + ".";
        return (operation, handler) -> {
            String name = ClassUtils.getPackageName(handler.getBeanType());
            String feature = name.startsWith(root) ? name.substring(root.length()).split("\\.")[0] : name;
            return operation.tags(List.of(feature.toLowerCase(Locale.ROOT)));
        };
    }

    @Bean
    OpenApiCustomizer openApiContract(@Value("${mentormatch.request.max-body-bytes:5242880}") long maxBodyBytes) {
        return new OpenApiContract(ApiCatalogue.load(), maxBodyBytes);
    }
}
