package io.roster.bench.infra;

import io.roster.db.Jdbis;
import io.roster.db.RosterDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * One database of the bench server with a connection pool of 20 (the worker's size). The pool is
 * opened on first use and may be closed and reopened (a copy of the database needs it closed).
 */
public final class BenchDatabase implements AutoCloseable {

  private static final int POOL_SIZE = 20;

  private final BenchPostgres server;
  private final String name;
  private RosterDatabase pool;
  private Jdbi jdbi;

  BenchDatabase(BenchPostgres server, String name) {
    this.server = server;
    this.name = name;
  }

  public String name() {
    return name;
  }

  public BenchPostgres server() {
    return server;
  }

  public synchronized DataSource dataSource() {
    if (pool == null) {
      pool = RosterDatabase.connect(server.url(name), "postgres", "", POOL_SIZE);
      jdbi = Jdbis.create(pool.dataSource());
    }
    return pool.dataSource();
  }

  public synchronized Jdbi jdbi() {
    dataSource();
    return jdbi;
  }

  /** A connection of the pool (close it to give it back). */
  public Connection connection() throws SQLException {
    return dataSource().getConnection();
  }

  synchronized void closePool() {
    if (pool != null) {
      pool.close();
      pool = null;
      jdbi = null;
    }
  }

  @Override
  public void close() {
    closePool();
    server.drop(name);
  }
}
