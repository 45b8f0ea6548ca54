package io.roster.worker.dev;

import io.roster.activities.RosterActivities;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.organizations.CreateOrganization;
import io.roster.activities.organizations.CreateUnit;
import io.roster.activities.roles.AssignRole;
import io.roster.activities.schedules.CreateScheduleTemplate;
import io.roster.activities.users.CreateUser;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates the development world through the real commands, as the system: the super_admin {@value
 * #ADMIN_EMAIL}, the organization {@code demo} (UTC) with two facilities and a weekday schedule
 * template. Every command has a fixed key ({@code dev/...}), so running it on every start writes
 * nothing after the first.
 */
public final class DevBootstrap {

  public static final String ADMIN_EMAIL = "dev-admin@roster.local";
  public static final String DEMO_SLUG = "demo";

  private final RosterActivities activities;

  public DevBootstrap(RosterActivities activities) {
    this.activities = activities;
  }

  public DevWorld ensure() {
    var admin =
        activities
            .users()
            .createUser(new CreateUser(meta("admin"), ADMIN_EMAIL, "Dev", "Admin"))
            .userId();
    activities
        .roles()
        .assignRole(
            new AssignRole(meta("admin-role"), admin, "super_admin", null, null, null, null, null));
    var org =
        activities
            .organizations()
            .createOrganization(
                new CreateOrganization(meta("demo-org"), "Demo", DEMO_SLUG, "UTC", null, true))
            .organizationId();
    var facility1 = unit("facility-1", org, "Facility 1");
    var facility2 = unit("facility-2", org, "Facility 2");
    var template =
        activities
            .scheduleTemplates()
            .createScheduleTemplate(
                new CreateScheduleTemplate(
                    meta("demo-template"), org, null, "Weekdays 08:00-16:00", weekdays()))
            .templateId();
    return new DevWorld(admin, ADMIN_EMAIL, org, facility1, facility2, template);
  }

  private java.util.UUID unit(String key, java.util.UUID org, String name) {
    return activities
        .organizations()
        .createUnit(new CreateUnit(meta(key), org, null, name, "facility"))
        .unitId();
  }

  private static Map<String, Object> weekdays() {
    var schedule = new LinkedHashMap<String, Object>();
    for (var day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday"}) {
      schedule.put(day, Map.of("begin", "0800", "end", "1600"));
    }
    return schedule;
  }

  private static CommandMeta meta(String key) {
    return CommandMeta.system("dev/" + key, "migration");
  }
}
