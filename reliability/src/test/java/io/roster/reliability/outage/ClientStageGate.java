package io.roster.reliability.outage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Holds the role-expiry sweep at its client stage: a transaction that locks
 * user_client_assignments_projection in EXCLUSIVE mode, which the client stage's {@code FOR UPDATE}
 * must wait for while plain reads go on. The sweep's notice and role stages complete; the client
 * stage waits until this session ends (here: when the database stops), so the outage is certain to
 * strike mid-sweep.
 */
final class ClientStageGate implements AutoCloseable {

  private final Connection connection;

  ClientStageGate(String jdbcUrl) {
    try {
      connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        statement.execute("LOCK TABLE user_client_assignments_projection IN EXCLUSIVE MODE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the gate: " + e.getMessage(), e);
    }
  }

  /** Ends the session if the outage has not ended it already. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException alreadyCut) {
      // the database stopped under it: that is how the gate opens
    }
  }
}
