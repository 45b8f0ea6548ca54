package io.roster.reliability.isolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.db.events.EventJson;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementException;
import org.postgresql.util.PSQLException;

/**
 * Runs one query the way a request reaches the database (PostgREST, Supabase): in a transaction,
 * {@code SET LOCAL ROLE authenticated} and the JWT claims in {@code request.jwt.claims} (LOCAL),
 * always rolled back, so even a write that got through leaves nothing behind.
 */
final class Request {

  private final Jdbi jdbi;
  private final String claims;

  Request(Jdbi jdbi, Map<String, ?> claims) {
    this.jdbi = jdbi;
    try {
      this.claims = EventJson.mapper().writeValueAsString(claims);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The single text value {@code sql} returns with {@code parameters} bound, or its refusal. */
  Answer ask(String sql, Map<String, ?> parameters) {
    return jdbi.withHandle(
        h -> {
          h.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
          h.begin();
          try {
            h.execute("SET LOCAL ROLE authenticated");
            h.createQuery("SELECT set_config('request.jwt.claims', :claims, true)")
                .bind("claims", claims)
                .mapTo(String.class)
                .one();
            return Answer.of(query(h, sql, parameters));
          } catch (StatementException e) {
            return Answer.refused(sqlState(e));
          } finally {
            h.rollback();
          }
        });
  }

  private static String query(Handle h, String sql, Map<String, ?> parameters) {
    var query = h.createQuery(sql);
    parameters.forEach(query::bind);
    return query.mapTo(String.class).one();
  }

  private static String sqlState(StatementException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PSQLException psql) {
        return psql.getSQLState();
      }
    }
    throw e;
  }
}
