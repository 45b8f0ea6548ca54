package io.roster.worker.authz;

/** A route's rule: the permission the caller must hold, and where. */
record Needs(String permission, Place at) {

  static Needs needs(String permission, Place at) {
    return new Needs(permission, at);
  }

  /** Whether {@code who} may: some role of theirs grants the permission and reaches the place. */
  boolean allows(Who who) {
    return who.role() != null
        && Catalogue.grants(who.role(), permission)
        && who.heldAt().reaches(at);
  }

  @Override
  public String toString() {
    return permission + " @ " + at;
  }
}
