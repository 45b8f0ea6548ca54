package io.roster.db.events;

import java.util.Set;

/** The event catalogue of DESIGN.md §3: every type the projection trigger accepts. */
public final class EventTypes {

  public static final String PERMISSION_DEFINED = "permission.defined";
  public static final String ROLE_CREATED = "role.created";
  public static final String ROLE_PERMISSION_GRANTED = "role.permission.granted";
  public static final String ROLE_PERMISSION_REVOKED = "role.permission.revoked";
  public static final String ORGANIZATION_CREATED = "organization.created";
  public static final String ORGANIZATION_SETTINGS_UPDATED = "organization.settings.updated";
  public static final String ORGANIZATION_UNIT_CREATED = "organization_unit.created";
  public static final String ORGANIZATION_UNIT_DEACTIVATED = "organization_unit.deactivated";
  public static final String ORGANIZATION_UNIT_REACTIVATED = "organization_unit.reactivated";
  public static final String USER_CREATED = "user.created";
  public static final String USER_ACCESS_DATES_UPDATED = "user.access_dates.updated";
  public static final String USER_ROLE_ASSIGNED = "user.role.assigned";
  public static final String USER_ROLE_REVOKED = "user.role.revoked";
  public static final String USER_ROLE_ACTIVATED = "user.role.activated";
  public static final String USER_ROLE_EXPIRED = "user.role.expired";
  public static final String USER_ROLE_EXPIRY_NOTICE = "user.role.expiry_notice";
  public static final String USER_CLIENT_ASSIGNED = "user.client.assigned";
  public static final String USER_CLIENT_UNASSIGNED = "user.client.unassigned";
  public static final String USER_SCHEDULE_CREATED = "user.schedule.created";
  public static final String USER_SCHEDULE_UPDATED = "user.schedule.updated";
  public static final String USER_SCHEDULE_DEACTIVATED = "user.schedule.deactivated";
  public static final String USER_ORG_UNIT_ASSIGNED = "user.org_unit.assigned";
  public static final String USER_ORG_UNIT_DEACTIVATED = "user.org_unit.deactivated";
  public static final String USER_ORG_UNIT_REACTIVATED = "user.org_unit.reactivated";
  public static final String USER_ORG_UNIT_PRIMARY_CHANGED = "user.org_unit.primary_changed";
  public static final String SCHEDULE_CREATED = "schedule.created";
  public static final String SCHEDULE_UPDATED = "schedule.updated";
  public static final String SCHEDULE_DEACTIVATED = "schedule.deactivated";
  public static final String SCHEDULE_REACTIVATED = "schedule.reactivated";
  public static final String SCHEDULE_DELETED = "schedule.deleted";
  public static final String SCHEDULE_USER_ASSIGNED = "schedule.user_assigned";
  public static final String SCHEDULE_USER_UNASSIGNED = "schedule.user_unassigned";

  public static final Set<String> ALL =
      Set.of(
          PERMISSION_DEFINED,
          ROLE_CREATED,
          ROLE_PERMISSION_GRANTED,
          ROLE_PERMISSION_REVOKED,
          ORGANIZATION_CREATED,
          ORGANIZATION_SETTINGS_UPDATED,
          ORGANIZATION_UNIT_CREATED,
          ORGANIZATION_UNIT_DEACTIVATED,
          ORGANIZATION_UNIT_REACTIVATED,
          USER_CREATED,
          USER_ACCESS_DATES_UPDATED,
          USER_ROLE_ASSIGNED,
          USER_ROLE_REVOKED,
          USER_ROLE_ACTIVATED,
          USER_ROLE_EXPIRED,
          USER_ROLE_EXPIRY_NOTICE,
          USER_CLIENT_ASSIGNED,
          USER_CLIENT_UNASSIGNED,
          USER_SCHEDULE_CREATED,
          USER_SCHEDULE_UPDATED,
          USER_SCHEDULE_DEACTIVATED,
          USER_ORG_UNIT_ASSIGNED,
          USER_ORG_UNIT_DEACTIVATED,
          USER_ORG_UNIT_REACTIVATED,
          USER_ORG_UNIT_PRIMARY_CHANGED,
          SCHEDULE_CREATED,
          SCHEDULE_UPDATED,
          SCHEDULE_DEACTIVATED,
          SCHEDULE_REACTIVATED,
          SCHEDULE_DELETED,
          SCHEDULE_USER_ASSIGNED,
          SCHEDULE_USER_UNASSIGNED);

  private EventTypes() {}
}
