package io.roster.worker.authz;

import java.util.Map;
import java.util.Set;

/**
 * The permissions of the six platform roles, as R__90_base_catalogue.sql grants them: the rule the
 * matrix expects, written out rather than read from the database under test.
 */
final class Catalogue {

  static final String ROLE_ASSIGN = "user.role_assign";
  static final String ROLE_REVOKE = "user.role_revoke";
  static final String CLIENT_ASSIGN = "user.client_assign";
  static final String SCHEDULE_MANAGE = "user.schedule_manage";
  static final String ORG_UNIT_ASSIGN = "user.org_unit_assign";
  static final String ORGANIZATION_MANAGE = "organization.manage";

  private static final Set<String> EVERYTHING =
      Set.of(
          ROLE_ASSIGN,
          ROLE_REVOKE,
          CLIENT_ASSIGN,
          SCHEDULE_MANAGE,
          ORG_UNIT_ASSIGN,
          ORGANIZATION_MANAGE);

  private static final Map<String, Set<String>> GRANTS =
      Map.of(
          "super_admin", EVERYTHING,
          "provider_admin", EVERYTHING,
          "facility_admin",
              Set.of(ROLE_ASSIGN, ROLE_REVOKE, CLIENT_ASSIGN, SCHEDULE_MANAGE, ORG_UNIT_ASSIGN),
          "coordinator", Set.of(CLIENT_ASSIGN, SCHEDULE_MANAGE, ORG_UNIT_ASSIGN),
          "clinician", Set.of(),
          "peer_mentor", Set.of());

  private Catalogue() {}

  static boolean grants(String role, String permission) {
    return GRANTS.getOrDefault(role, Set.of()).contains(permission);
  }
}
