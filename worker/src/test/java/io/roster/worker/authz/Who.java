package io.roster.worker.authz;

/**
 * The callers of the matrix: four bad tokens (each for the super_admin, so that only the token is
 * wrong), a good token for nobody, and seven real users, each holding one role somewhere.
 */
enum Who {
  NO_TOKEN(401, "missing_token"),
  EXPIRED(401, "invalid_token"),
  WRONG_SIGNATURE(401, "invalid_token"),
  ALG_NONE(401, "invalid_token"),
  UNKNOWN_USER(0, null),
  CLINICIAN("clinician", Place.ORG_A),
  PEER_MENTOR("peer_mentor", Place.ORG_A),
  COORDINATOR("coordinator", Place.ORG_A),
  FACILITY_ADMIN_OF_F2("facility_admin", Place.F2),
  ORG_ADMIN_OF_B("provider_admin", Place.ORG_B),
  ORG_ADMIN("provider_admin", Place.ORG_A),
  SUPER_ADMIN("super_admin", Place.ROOT);

  private final String role;
  private final Place heldAt;
  private final int tokenRefusal;
  private final String tokenCode;

  /** A caller with no role: a refused token (status, code), or 0 for a good token of nobody. */
  Who(int status, String code) {
    this.role = null;
    this.heldAt = null;
    this.tokenRefusal = status;
    this.tokenCode = code;
  }

  Who(String role, Place heldAt) {
    this.role = role;
    this.heldAt = heldAt;
    this.tokenRefusal = 0;
    this.tokenCode = null;
  }

  /** The role this caller holds, or null. */
  String role() {
    return role;
  }

  Place heldAt() {
    return heldAt;
  }

  /** Whether the token itself is refused (401) before any rule is asked. */
  boolean badToken() {
    return tokenRefusal != 0;
  }

  /** The status of a refusal of this caller: 401 for a bad token, else 403. */
  int refusalStatus() {
    return badToken() ? tokenRefusal : 403;
  }

  String refusalCode() {
    return badToken() ? tokenCode : "not_authorized";
  }

  String refusalField() {
    return badToken() ? "Authorization" : null;
  }
}
