package io.roster.reliability.isolation;

/**
 * How the isolation test calls one SQL function as a request, and what isolation means for it.
 *
 * @param signature the function as {@code regprocedure} prints it
 * @param sql a query returning one text value: every row as one JSON array, or the scalar's JSON;
 *     its parameters are named after {@link Subject}'s fields
 * @param kind what the function is
 */
record FunctionCall(String signature, String sql, Kind kind) {

  enum Kind {
    /**
     * Reads Roster's data: asked about the other organization it must answer exactly what it
     * answers about organizations, users and units that do not exist, mentioning none of the other
     * organization's ids (or refuse, with a permission error, which is also isolation).
     */
    READ,
    /** Computes from its arguments alone, reading no table: called, nothing to compare. */
    PURE,
    /** Writes: a request must be refused, about the other organization as about none. */
    WRITE
  }

  static String rows(String setReturningCall) {
    return "SELECT coalesce(jsonb_agg(to_jsonb(r))::text, '[]') FROM " + setReturningCall + " r";
  }

  static String value(String scalarCall) {
    return "SELECT coalesce(to_jsonb(" + scalarCall + ")::text, 'null')";
  }
}
