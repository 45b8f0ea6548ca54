package io.roster.worker.api.roles;

import java.util.UUID;

/** The {@code {role}} of a route: a role id, or else a role name such as {@code clinician}. */
record RoleRef(UUID id, String name) {

  static RoleRef parse(String value) {
    try {
      return new RoleRef(UUID.fromString(value), null);
    } catch (IllegalArgumentException notAnId) {
      return new RoleRef(null, value);
    }
  }
}
