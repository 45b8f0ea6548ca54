package io.roster.worker.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.roster.worker.security.Caller;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json} (springdoc, generated from the controllers),
 * readable without a token; every operation declares the bearer scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    // The actor and key come from headers, not from a request parameter.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }

  /** The document names properties as the API does: snake_case. */
  @Bean
  ModelResolver snakeCaseModelResolver() {
    return new ModelResolver(
        Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
  }

  @Bean
  OpenAPI rosterOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Roster HTTP API")
                .version("v1")
                .description(
                    "Staff access commands and reads. JSON in snake_case; every request needs"
                        + " Authorization: Bearer <JWT> (sub = the acting user's id); every POST"
                        + " needs an Idempotency-Key header; errors are application/problem+json"
                        + " with the extension members code and field."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
