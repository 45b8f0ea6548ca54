package io.roster.worker.security;

import org.springframework.core.env.Environment;

/**
 * Whether the worker runs on its embedded defaults: no ROSTER_DB_URL and no TEMPORAL_ADDRESS (blank
 * counts as unset). Only then may development access be switched on.
 */
public final class EmbeddedMode {

  private EmbeddedMode() {}

  public static boolean isEmbedded(Environment environment) {
    return blank(environment.getProperty("ROSTER_DB_URL"))
        && blank(environment.getProperty("TEMPORAL_ADDRESS"));
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
