package io.roster.db.readside;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.roster.db.events.EventJson;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The read functions under test, called as the service (the table owner) calls them. */
final class ReadSide {

  /** One row of get_user_active_roles(). */
  record ActiveRole(
      UUID roleId,
      String roleName,
      UUID organizationId,
      String scopePath,
      LocalDate roleValidFrom,
      LocalDate roleValidUntil) {}

  private final Jdbi jdbi;

  ReadSide(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Noon UTC of an ISO date: inside that date in any organization between UTC-11 and UTC+11. */
  static OffsetDateTime noonUtc(String isoDate) {
    return LocalDate.parse(isoDate).atTime(12, 0).atOffset(ZoneOffset.UTC);
  }

  static OffsetDateTime instant(String isoInstant) {
    return OffsetDateTime.parse(isoInstant);
  }

  List<ActiveRole> activeRoles(UUID userId, UUID orgId, OffsetDateTime asOf) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT role_id, role_name, organization_id, scope_path::text AS scope_path,
                           role_valid_from, role_valid_until
                    FROM get_user_active_roles(:user, :org, :as_of)
                    """)
                .bind("user", userId)
                .bind("org", orgId)
                .bind("as_of", asOf)
                .map(
                    (rs, ctx) ->
                        new ActiveRole(
                            rs.getObject("role_id", UUID.class),
                            rs.getString("role_name"),
                            rs.getObject("organization_id", UUID.class),
                            rs.getString("scope_path"),
                            rs.getObject("role_valid_from", LocalDate.class),
                            rs.getObject("role_valid_until", LocalDate.class)))
                .list());
  }

  List<String> activeRoleNames(UUID userId, UUID orgId, OffsetDateTime asOf) {
    return activeRoles(userId, orgId, asOf).stream().map(ActiveRole::roleName).toList();
  }

  /** Exactly the command layer's call, with the path bound as a Java String. */
  boolean hasPermission(UUID userId, String permission, String targetPath, OffsetDateTime asOf) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT has_effective_permission(:actor, :permission, :target_path, :as_of)")
                .bind("actor", userId)
                .bind("permission", permission)
                .bind("target_path", targetPath)
                .bind("as_of", asOf)
                .mapTo(Boolean.class)
                .one());
  }

  JsonNode claims(UUID userId, UUID orgId, OffsetDateTime asOf) {
    return json(
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT custom_access_token_claims(:user, :org, :as_of)::text")
                    .bind("user", userId)
                    .bind("org", orgId)
                    .bind("as_of", asOf)
                    .mapTo(String.class)
                    .one()));
  }

  JsonNode hook(String event) {
    return json(
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT custom_access_token_hook(CAST(:event AS jsonb))::text")
                    .bind("event", event)
                    .mapTo(String.class)
                    .one()));
  }

  static JsonNode json(String text) {
    try {
      return EventJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
