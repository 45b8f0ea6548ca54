package io.roster.db.events;

import java.util.Objects;
import java.util.UUID;

/** One event stream: an aggregate's type and id. */
public record StreamRef(StreamType type, UUID id) {

  public StreamRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static StreamRef user(UUID userId) {
    return new StreamRef(StreamType.USER, userId);
  }

  public static StreamRef schedule(UUID templateId) {
    return new StreamRef(StreamType.SCHEDULE, templateId);
  }

  public static StreamRef organization(UUID organizationId) {
    return new StreamRef(StreamType.ORGANIZATION, organizationId);
  }

  public static StreamRef organizationUnit(UUID unitId) {
    return new StreamRef(StreamType.ORGANIZATION_UNIT, unitId);
  }

  public static StreamRef role(UUID roleId) {
    return new StreamRef(StreamType.ROLE, roleId);
  }
}
