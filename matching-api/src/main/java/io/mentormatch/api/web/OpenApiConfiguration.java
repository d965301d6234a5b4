package io.mentormatch.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3.1 document at /v3/api-docs and Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI mentorMatchingApi() {
        return new OpenAPI()
                .info(new Info().title("Mentor matching API").version("1")
                        .description("Cohorts, rosters, preference forms, mentor profiles, matching runs, proposals and "
                                + "publication. Errors are RFC 9457 problem details. API clients authenticate with "
                                + "HTTP Basic on every request; browsers use the session and send the CSRF token."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
