package io.roster.worker.authz;

/**
 * Where a role is held or a permission is needed in the matrix's world: the platform root, two
 * organizations A and B, and A's facilities F1 (the target of the unit-level routes) and F2. A role
 * reaches its own place and everything below it (has_effective_permission: {@code scope_path @>
 * target}); a global role reaches everything.
 */
enum Place {
  ROOT,
  ORG_A,
  F1,
  F2,
  ORG_B,
  /** A permission needed "somewhere" (creating users: user.role_assign at any scope). */
  ANYWHERE;

  /** Whether a role held here reaches {@code target}. */
  boolean reaches(Place target) {
    return switch (this) {
      case ROOT -> true;
      case ORG_A -> target == ORG_A || target == F1 || target == F2 || target == ANYWHERE;
      case F1, F2, ORG_B -> target == this || target == ANYWHERE;
      case ANYWHERE -> false;
    };
  }
}
