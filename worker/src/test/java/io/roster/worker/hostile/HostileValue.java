package io.roster.worker.hostile;

import java.util.Set;

/**
 * A value put in one field of an otherwise valid body, the statuses it may be answered with, and
 * the suffix of the field the problem names ({@code schedule} + {@code .monday.begin}).
 */
record HostileValue(String label, Object value, String fieldSuffix, Set<Integer> statuses) {

  static HostileValue of(String label, Object value) {
    return new HostileValue(label, value, "", Set.of(400));
  }

  static HostileValue at(String label, Object value, String fieldSuffix) {
    return new HostileValue(label, value, fieldSuffix, Set.of(400));
  }

  HostileValue or(Integer... statuses) {
    var all = new java.util.HashSet<>(this.statuses);
    all.addAll(Set.of(statuses));
    return new HostileValue(label, value, fieldSuffix, Set.copyOf(all));
  }

  HostileValue only(Integer... statuses) {
    return new HostileValue(label, value, fieldSuffix, Set.of(statuses));
  }
}
