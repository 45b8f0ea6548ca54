package io.roster.reliability.isolation;

/**
 * What one query answered as a request: its result as text (all rows as one JSON array, or the
 * scalar's JSON), or the SQLSTATE of the error that refused it.
 */
record Answer(String text, String sqlState) {

  static Answer of(String text) {
    return new Answer(text, null);
  }

  static Answer refused(String sqlState) {
    return new Answer(null, sqlState);
  }

  boolean isRefused() {
    return sqlState != null;
  }

  /** Whether the answer mentions any of these identifiers. */
  boolean mentionsAny(Iterable<String> identifiers) {
    if (text == null) {
      return false;
    }
    for (var id : identifiers) {
      if (text.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
