package io.roster.db.catalogue;

import java.util.Map;
import java.util.UUID;

/**
 * Fixed ids of the base catalogue that R__90_base_catalogue.sql writes as events: the permissions
 * Roster's commands check and the platform roles.
 */
public final class BaseCatalogue {

  public static final String ROLE_ASSIGN = "user.role_assign";
  public static final String ROLE_REVOKE = "user.role_revoke";
  public static final String CLIENT_ASSIGN = "user.client_assign";
  public static final String SCHEDULE_MANAGE = "user.schedule_manage";
  public static final String ORG_UNIT_ASSIGN = "user.org_unit_assign";
  public static final String ORGANIZATION_MANAGE = "organization.manage";

  public static final Map<String, UUID> PERMISSION_IDS =
      Map.of(
          ROLE_ASSIGN, id("a0000000-0000-4000-8000-000000000001"),
          ROLE_REVOKE, id("a0000000-0000-4000-8000-000000000002"),
          CLIENT_ASSIGN, id("a0000000-0000-4000-8000-000000000003"),
          SCHEDULE_MANAGE, id("a0000000-0000-4000-8000-000000000004"),
          ORG_UNIT_ASSIGN, id("a0000000-0000-4000-8000-000000000005"),
          ORGANIZATION_MANAGE, id("a0000000-0000-4000-8000-000000000006"));

  public static final UUID SUPER_ADMIN = id("b0000000-0000-4000-8000-000000000001");
  public static final UUID PROVIDER_ADMIN = id("b0000000-0000-4000-8000-000000000002");
  public static final UUID FACILITY_ADMIN = id("b0000000-0000-4000-8000-000000000003");
  public static final UUID COORDINATOR = id("b0000000-0000-4000-8000-000000000004");
  public static final UUID CLINICIAN = id("b0000000-0000-4000-8000-000000000005");
  public static final UUID PEER_MENTOR = id("b0000000-0000-4000-8000-000000000006");

  public static final Map<String, UUID> ROLE_IDS =
      Map.of(
          "super_admin", SUPER_ADMIN,
          "provider_admin", PROVIDER_ADMIN,
          "facility_admin", FACILITY_ADMIN,
          "coordinator", COORDINATOR,
          "clinician", CLINICIAN,
          "peer_mentor", PEER_MENTOR);

  private BaseCatalogue() {}

  private static UUID id(String value) {
    return UUID.fromString(value);
  }
}
