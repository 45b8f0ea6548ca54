package io.roster.db.readside;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.db.events.EventJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;

/**
 * Runs work the way a request reaches the database: in one transaction, as role {@code
 * authenticated} with the request's JWT claims in {@code request.jwt.claims} (both LOCAL, as
 * PostgREST sets them), or as {@code service_role}. The transaction is always rolled back, so a
 * write that row-level security lets through leaves nothing behind.
 */
final class Requests {

  @FunctionalInterface
  interface Work<T> {
    T run(Handle handle);
  }

  private Requests() {}

  /** As {@code authenticated} with these claims (null: no claims at all). */
  static <T> T asAuthenticated(Jdbi jdbi, Map<String, ?> claims, Work<T> work) {
    return inRolledBackTransaction(
        jdbi,
        handle -> {
          handle.execute("SET LOCAL ROLE authenticated");
          if (claims != null) {
            setClaims(handle, claims);
          }
          return work.run(handle);
        });
  }

  /** As {@code service_role}, with no claims. */
  static <T> T asServiceRole(Jdbi jdbi, Work<T> work) {
    return inRolledBackTransaction(
        jdbi,
        handle -> {
          handle.execute("SET LOCAL ROLE service_role");
          return work.run(handle);
        });
  }

  /** As the connection's own role (the table owner), with these claims set. */
  static <T> T asOwnerWithClaims(Jdbi jdbi, Map<String, ?> claims, Work<T> work) {
    return inRolledBackTransaction(
        jdbi,
        handle -> {
          setClaims(handle, claims);
          return work.run(handle);
        });
  }

  /** The claims custom_access_token_claims() would give: sub, org_id (null: none) and role. */
  static Map<String, Object> claims(UUID user, UUID org, String role) {
    var claims = new LinkedHashMap<String, Object>();
    claims.put("sub", user.toString());
    claims.put("org_id", org == null ? null : org.toString());
    claims.put("role", role);
    return claims;
  }

  static long count(Handle handle, String sql) {
    return handle.createQuery(sql).mapTo(Long.class).one();
  }

  static ResultIterable<String> strings(Handle handle, String sql) {
    return handle.createQuery(sql).mapTo(String.class);
  }

  private static void setClaims(Handle handle, Map<String, ?> claims) {
    handle
        .createQuery("SELECT set_config('request.jwt.claims', :claims, true)")
        .bind("claims", json(claims))
        .mapTo(String.class)
        .one();
  }

  private static <T> T inRolledBackTransaction(Jdbi jdbi, Work<T> work) {
    return jdbi.withHandle(
        handle -> {
          handle.begin();
          try {
            return work.run(handle);
          } finally {
            handle.rollback();
          }
        });
  }

  private static String json(Map<String, ?> claims) {
    try {
      return EventJson.mapper().writeValueAsString(claims);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
