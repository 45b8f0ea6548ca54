package io.roster.db.events;

import java.util.Arrays;

/** The aggregates events belong to (DESIGN.md §2); an event type starts with its stream type. */
public enum StreamType {
  ORGANIZATION("organization"),
  ORGANIZATION_UNIT("organization_unit"),
  USER("user"),
  ROLE("role"),
  PERMISSION("permission"),
  SCHEDULE("schedule");

  private final String sqlName;

  StreamType(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The value stored in {@code domain_events.stream_type}. */
  public String sqlName() {
    return sqlName;
  }

  public static StreamType fromSqlName(String name) {
    return Arrays.stream(values())
        .filter(t -> t.sqlName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown stream type " + name));
  }

  /** The stream type of an event type: the part before its first dot. */
  public static StreamType ofEventType(String eventType) {
    int dot = eventType.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("event type " + eventType + " has no stream prefix");
    }
    return fromSqlName(eventType.substring(0, dot));
  }
}
