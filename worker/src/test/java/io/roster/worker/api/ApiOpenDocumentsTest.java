package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OpenAPI document, health and metrics are readable without a token. */
class ApiOpenDocumentsTest extends ApiTestBase {

  @Test
  void theOpenApiDocumentDescribesTheRoutesInSnakeCase() {
    var document = api.get("/api/v1/openapi.json", null).send();

    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    var paths = document.json().path("paths");
    assertThat(paths.has("/api/v1/organizations/{org}/onboardings")).isTrue();
    assertThat(paths.has("/api/v1/users/{user}/roles/{role}")).isTrue();
    assertThat(paths.has("/api/v1/sweeps/role-expiry")).isTrue();
    var schemas = document.json().path("components").path("schemas");
    assertThat(schemas.path("AssignRoleRequest").path("properties").has("role_valid_from"))
        .isTrue();
    assertThat(schemas.path("StaffUnit").path("properties").has("is_primary")).isTrue();
    assertThat(schemas.has("Caller")).isFalse();
    assertThat(document.json().path("components").path("securitySchemes").has("bearer")).isTrue();
  }

  @Test
  void healthAndMetricsNeedNoToken() {
    assertThat(api.get("/actuator/health", null).send().status()).isEqualTo(200);
    assertThat(api.get("/actuator/prometheus", null).send().status()).isEqualTo(200);
  }
}
