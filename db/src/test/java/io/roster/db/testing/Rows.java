package io.roster.db.testing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.util.PSQLException;

/**
 * Reads rows back for assertions: single rows with typed accessors, whole projections as JSON text
 * for before/after comparisons, and the PostgreSQL error behind a failed append or insert.
 */
public final class Rows {

  /**
   * Every projection table, read whole (all columns, as {@code to_jsonb} text) in a stable order.
   */
  private static final Map<String, String> PROJECTIONS = new LinkedHashMap<>();

  static {
    PROJECTIONS.put(
        "organizations_projection",
        "SELECT to_jsonb(t)::text FROM organizations_projection t ORDER BY id");
    PROJECTIONS.put(
        "organization_units_projection",
        "SELECT to_jsonb(t)::text FROM organization_units_projection t ORDER BY id");
    PROJECTIONS.put("users", "SELECT to_jsonb(t)::text FROM users t ORDER BY id");
    PROJECTIONS.put(
        "user_org_access",
        "SELECT to_jsonb(t)::text FROM user_org_access t ORDER BY user_id, org_id");
    PROJECTIONS.put(
        "permissions_projection",
        "SELECT to_jsonb(t)::text FROM permissions_projection t ORDER BY id");
    PROJECTIONS.put(
        "roles_projection", "SELECT to_jsonb(t)::text FROM roles_projection t ORDER BY id");
    PROJECTIONS.put(
        "role_permissions_projection",
        "SELECT to_jsonb(t)::text FROM role_permissions_projection t ORDER BY role_id, permission_id");
    PROJECTIONS.put(
        "user_roles_projection",
        """
        SELECT to_jsonb(t)::text FROM user_roles_projection t
        ORDER BY user_id, role_id, org_id NULLS FIRST
        """);
    PROJECTIONS.put(
        "user_client_assignments_projection",
        "SELECT to_jsonb(t)::text FROM user_client_assignments_projection t ORDER BY id");
    PROJECTIONS.put(
        "schedule_templates_projection",
        "SELECT to_jsonb(t)::text FROM schedule_templates_projection t ORDER BY id");
    PROJECTIONS.put(
        "schedule_user_assignments_projection",
        "SELECT to_jsonb(t)::text FROM schedule_user_assignments_projection t ORDER BY id");
    PROJECTIONS.put(
        "user_schedule_policies_projection",
        "SELECT to_jsonb(t)::text FROM user_schedule_policies_projection t ORDER BY id");
    PROJECTIONS.put(
        "user_org_unit_assignments_projection",
        "SELECT to_jsonb(t)::text FROM user_org_unit_assignments_projection t ORDER BY id");
  }

  private Rows() {}

  /** The names of the projection tables {@link #projections} reads. */
  public static Set<String> projectionTables() {
    return PROJECTIONS.keySet();
  }

  /** The full contents of every projection, table by table. */
  public static Map<String, List<String>> projections(Jdbi jdbi) {
    var contents = new LinkedHashMap<String, List<String>>();
    jdbi.useHandle(
        h ->
            PROJECTIONS.forEach(
                (table, sql) ->
                    contents.put(table, h.createQuery(sql).mapTo(String.class).list())));
    return contents;
  }

  public static long eventCount(Jdbi jdbi) {
    return one(jdbi, "SELECT count(*) AS n FROM domain_events").integer("n");
  }

  /** The single row a query returns; {@code ?} placeholders are bound to {@code args}. */
  public static Row one(Jdbi jdbi, String sql, Object... args) {
    var rows = list(jdbi, sql, args);
    if (rows.size() != 1) {
      throw new AssertionError("expected one row, got " + rows.size() + " from " + sql);
    }
    return rows.get(0);
  }

  public static List<Row> list(Jdbi jdbi, String sql, Object... args) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
          }
          return query.mapToMap().map(Row::new).list();
        });
  }

  public static int execute(Jdbi jdbi, String sql, Object... args) {
    return jdbi.withHandle(h -> h.execute(sql, args));
  }

  /** The PostgreSQL error a failed statement raised, wherever it sits in the cause chain. */
  public static SqlError sqlError(Throwable thrown) {
    var seen = new ArrayList<Throwable>();
    var pending = new ArrayList<Throwable>(List.of(thrown));
    while (!pending.isEmpty()) {
      var t = pending.remove(0);
      if (t == null || seen.contains(t)) {
        continue;
      }
      seen.add(t);
      if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
        var m = psql.getServerErrorMessage();
        return new SqlError(m.getSQLState(), m.getConstraint(), m.getDetail(), m.getMessage());
      }
      pending.add(t.getCause());
      if (t instanceof SQLException sql) {
        pending.add(sql.getNextException());
      }
    }
    throw new AssertionError("no PostgreSQL error in " + thrown, thrown);
  }

  /** What PostgreSQL said: SQLSTATE, the constraint named (if any), DETAIL and the message. */
  public record SqlError(String state, String constraint, String detail, String message) {}

  /** One row, with accessors that turn JDBC values into the types tests compare. */
  public record Row(Map<String, Object> values) {

    private Object value(String column) {
      if (!values.containsKey(column)) {
        throw new AssertionError("no column " + column + " in " + values.keySet());
      }
      return values.get(column);
    }

    public UUID uuid(String column) {
      return (UUID) value(column);
    }

    public String text(String column) {
      var v = value(column);
      return v == null ? null : v.toString();
    }

    public Boolean bool(String column) {
      return (Boolean) value(column);
    }

    public long integer(String column) {
      return ((Number) value(column)).longValue();
    }

    public LocalDate date(String column) {
      var v = value(column);
      return v == null ? null : ((java.sql.Date) v).toLocalDate();
    }

    public Instant instant(String column) {
      var v = value(column);
      if (v instanceof OffsetDateTime odt) {
        return odt.toInstant();
      }
      return v == null ? null : ((Timestamp) v).toInstant();
    }
  }
}
