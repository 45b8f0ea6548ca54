package io.roster.worker.api;

import io.roster.activities.organizations.OrganizationActivitiesImpl;
import io.roster.db.catalogue.BaseCatalogue;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Authorization of the routes that run no command (reads, workflow status), with the same SQL
 * functions the commands use: {@code has_effective_permission} at a scope and {@code
 * is_super_admin}. Refusals are {@link ApiProblem}s: 404 for an unknown organization, 403
 * otherwise.
 */
@Component
public final class ApiAccess {

  private final Jdbi jdbi;

  public ApiAccess(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The organization's scope path; 404 {@code organization_not_found} when there is none. */
  public String organizationPath(UUID organizationId, String field) {
    return jdbi.withHandle(
            h ->
                h.createQuery("SELECT path::text FROM organizations_projection WHERE id = :id")
                    .bind("id", organizationId)
                    .mapTo(String.class)
                    .findOne())
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "organization_not_found",
                    field,
                    "organization " + organizationId + " does not exist"));
  }

  public boolean holds(UUID actor, String permission, String path) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT has_effective_permission(:actor, :permission, CAST(:path AS ltree), now())")
                .bind("actor", actor)
                .bind("permission", permission)
                .bind("path", path)
                .mapTo(Boolean.class)
                .one());
  }

  public boolean isSuperAdmin(UUID actor) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT is_super_admin(:actor)")
                .bind("actor", actor)
                .mapTo(Boolean.class)
                .one());
  }

  /** 403 {@code not_authorized} unless the actor holds {@code permission} at the organization. */
  public void requireAt(UUID actor, String permission, UUID organizationId, String field) {
    var path = organizationPath(organizationId, field);
    if (!holds(actor, permission, path)) {
      throw ApiProblem.forbidden(
          "not_authorized",
          "actor %s lacks permission %s at scope %s".formatted(actor, permission, path));
    }
  }

  /** Sweeps are platform-wide: a super_admin, or {@code organization.manage} at the root. */
  public void requireSweeper(UUID actor) {
    if (!holds(actor, BaseCatalogue.ORGANIZATION_MANAGE, OrganizationActivitiesImpl.ROOT)) {
      throw ApiProblem.forbidden(
          "not_authorized",
          "actor %s lacks permission %s at scope %s (sweeps are platform-wide)"
              .formatted(
                  actor, BaseCatalogue.ORGANIZATION_MANAGE, OrganizationActivitiesImpl.ROOT));
    }
  }

  /** 404 {@code user_not_found} unless the user exists. */
  public void requireUser(UUID userId, String field) {
    boolean exists =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT EXISTS (SELECT 1 FROM users WHERE id = :id)")
                    .bind("id", userId)
                    .mapTo(Boolean.class)
                    .one());
    if (!exists) {
      throw ApiProblem.notFound("user_not_found", field, "user " + userId + " does not exist");
    }
  }
}
