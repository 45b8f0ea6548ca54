package io.roster.reliability.isolation;

import static io.roster.reliability.isolation.FunctionCall.Kind.PURE;
import static io.roster.reliability.isolation.FunctionCall.Kind.READ;
import static io.roster.reliability.isolation.FunctionCall.Kind.WRITE;
import static io.roster.reliability.isolation.FunctionCall.rows;
import static io.roster.reliability.isolation.FunctionCall.value;

import java.util.List;

/**
 * Every function of Roster's schemas (public and api, extensions and trigger functions aside), each
 * called about a {@link Subject}. The test fails when the database has a function this list does
 * not call, so a new read function cannot escape the isolation check.
 */
final class FunctionCatalogue {

  private static final String EVENT =
      "jsonb_populate_record(NULL::domain_events, CAST(:%s AS jsonb))";

  static final List<FunctionCall> CALLS =
      List.of(
          // ---- the read side of DESIGN.md §6 ----
          read(
              "get_user_active_roles(uuid,uuid,timestamp with time zone)",
              rows("get_user_active_roles(:user, :org, :as_of)")),
          read("get_user_active_roles(uuid,uuid)", rows("get_user_active_roles(:user, :org)")),
          read(
              "has_effective_permission(uuid,text,ltree,timestamp with time zone)",
              value(
                  "has_effective_permission(:user, 'user.client_assign', CAST(:unit_path AS ltree), :as_of)")),
          read(
              "has_effective_permission(uuid,text,text,timestamp with time zone)",
              value(
                  "has_effective_permission(:user, 'user.client_assign', CAST(:unit_path AS text), :as_of)")),
          read(
              "has_effective_permission(text,ltree)",
              value("has_effective_permission('user.client_assign', CAST(:unit_path AS ltree))")),
          read(
              "custom_access_token_claims(uuid,uuid,timestamp with time zone)",
              value("custom_access_token_claims(:user, :org, :as_of)")),
          read(
              "custom_access_token_hook(jsonb)",
              value("custom_access_token_hook(CAST(:hook_event AS jsonb))")),
          read(
              "api.list_user_client_assignments(uuid,uuid,uuid,boolean)",
              rows("api.list_user_client_assignments(:org, NULL, NULL, false)")),
          read(
              "api.list_user_schedules(uuid,uuid,uuid,boolean)",
              rows("api.list_user_schedules(:org, NULL, NULL, false)")),
          read(
              "api.list_schedule_template_users(uuid,boolean)",
              rows("api.list_schedule_template_users(:template, false)")),
          read(
              "get_roles_expiring_within(uuid,integer,timestamp with time zone)",
              rows("get_roles_expiring_within(:org, 3650, :as_of)")),
          read(
              "get_roles_pending_start(uuid,timestamp with time zone)",
              rows("get_roles_pending_start(:org, :as_of)")),
          read(
              "get_role_holders(uuid,timestamp with time zone)",
              rows("get_role_holders(:org, :as_of)")),
          read("is_super_admin(uuid)", value("is_super_admin(:admin)")),
          // ---- what the row-level security policies call ----
          read("get_current_user_id()", value("get_current_user_id()")),
          read("get_current_org_id()", value("get_current_org_id()")),
          read("has_org_admin_permission()", value("has_org_admin_permission()")),
          read(
              "is_current_organization_member(uuid)",
              value("is_current_organization_member(:user)")),
          read("organization_path(uuid)", value("organization_path(:org)")),
          read(
              "organization_unit_scope_path(uuid,uuid)",
              value("organization_unit_scope_path(:org, :unit)")),
          read(
              "schedule_template_scope_path(uuid)",
              value("schedule_template_scope_path(:template)")),
          read(
              "organization_local_date(uuid,timestamp with time zone)",
              value("organization_local_date(:org, :as_of)")),
          // ---- arithmetic on the arguments ----
          pure("is_role_active(date,date)", value("is_role_active(DATE '2030-01-01', NULL)")),
          pure(
              "is_role_active(date,date,date)",
              value("is_role_active(DATE '2030-01-01', NULL, DATE '2030-01-15')")),
          pure("roster_event_id(text,integer)", value("roster_event_id('key', 0)")),
          pure(
              "uuid_v5(uuid,text)",
              value("uuid_v5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'name')")),
          // ---- the write side: a request must not get through ----
          write("apply_domain_event(domain_events)", "apply_domain_event", "ev_client"),
          write(
              "process_user_client_event(domain_events)", "process_user_client_event", "ev_client"),
          write(
              "process_permission_event(domain_events)",
              "process_permission_event",
              "ev_permission"),
          write("process_role_event(domain_events)", "process_role_event", "ev_role"),
          write(
              "process_organization_event(domain_events)", "process_organization_event", "ev_org"),
          write(
              "process_organization_unit_event(domain_events)",
              "process_organization_unit_event",
              "ev_unit"),
          write("process_user_event(domain_events)", "process_user_event", "ev_user"),
          write(
              "process_user_role_event(domain_events)", "process_user_role_event", "ev_user_role"),
          write(
              "process_user_schedule_event(domain_events)",
              "process_user_schedule_event",
              "ev_user_schedule"),
          write(
              "process_user_org_unit_event(domain_events)",
              "process_user_org_unit_event",
              "ev_unit_assignment"),
          write("process_schedule_event(domain_events)", "process_schedule_event", "ev_schedule"),
          new FunctionCall("rebuild_projections()", value("rebuild_projections()"), WRITE),
          sweep("sweep_expire_roles"),
          sweep("sweep_activate_roles"),
          sweep("sweep_expiry_notices"),
          new FunctionCall(
              "sweep_expiry_notices(timestamp with time zone,integer,date)",
              FunctionCall.rows("sweep_expiry_notices(:as_of, 1000, NULL)"),
              WRITE),
          sweep("sweep_expire_client_assignments"),
          sweep("sweep_expire_schedule_assignments"));

  private FunctionCatalogue() {}

  private static FunctionCall read(String signature, String sql) {
    return new FunctionCall(signature, sql, READ);
  }

  private static FunctionCall pure(String signature, String sql) {
    return new FunctionCall(signature, sql, PURE);
  }

  private static FunctionCall write(String signature, String function, String event) {
    return new FunctionCall(signature, value(function + "(" + EVENT.formatted(event) + ")"), WRITE);
  }

  private static FunctionCall sweep(String function) {
    return new FunctionCall(
        function + "(timestamp with time zone,integer)", value(function + "(:as_of, 1000)"), WRITE);
  }
}
