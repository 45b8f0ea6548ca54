package io.roster.bench.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Runs a classpath SQL script (several statements) on a connection. Its parameters are session
 * settings {@code bench.<name>}, set with set_config() and bound, which the script reads with
 * current_setting(): no value is ever spliced into SQL text.
 */
public final class SqlScript {

  private SqlScript() {}

  public static void run(Connection connection, String resource, Map<String, ?> parameters)
      throws SQLException {
    try (var set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
      for (var entry : parameters.entrySet()) {
        set.setString(1, "bench." + entry.getKey());
        set.setString(2, String.valueOf(entry.getValue()));
        set.execute();
      }
    }
    try (var statement = connection.createStatement()) {
      statement.execute(text(resource));
    }
  }

  public static String text(String resource) {
    try (var in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
