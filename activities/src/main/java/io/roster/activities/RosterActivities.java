package io.roster.activities;

import io.roster.activities.clients.ClientAssignmentActivities;
import io.roster.activities.clients.ClientAssignmentActivitiesImpl;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.notifications.NotificationActivities;
import io.roster.activities.notifications.NotificationActivitiesImpl;
import io.roster.activities.onboarding.OnboardingActivities;
import io.roster.activities.onboarding.OnboardingActivitiesImpl;
import io.roster.activities.organizations.OrganizationActivities;
import io.roster.activities.organizations.OrganizationActivitiesImpl;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.orgunits.OrgUnitAssignmentActivitiesImpl;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.roles.RoleActivitiesImpl;
import io.roster.activities.schedules.ScheduleTemplateActivities;
import io.roster.activities.schedules.ScheduleTemplateActivitiesImpl;
import io.roster.activities.schedules.UserScheduleActivities;
import io.roster.activities.schedules.UserScheduleActivitiesImpl;
import io.roster.activities.sweeps.SweepActivities;
import io.roster.activities.sweeps.SweepActivitiesImpl;
import io.roster.activities.users.UserActivities;
import io.roster.activities.users.UserActivitiesImpl;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Every activity implementation of Roster over one database: what a worker registers, what the HTTP
 * API calls directly, and what tests and benchmarks run.
 */
public record RosterActivities(
    CommandExecutor executor,
    OrganizationActivities organizations,
    UserActivities users,
    RoleActivities roles,
    OrgUnitAssignmentActivities orgUnits,
    ClientAssignmentActivities clients,
    ScheduleTemplateActivities scheduleTemplates,
    UserScheduleActivities userSchedules,
    OnboardingActivities onboarding,
    SweepActivities sweeps,
    NotificationActivities notifications) {

  /** Builds them all; {@code webhook} is where notifications go (absent: the log). */
  public static RosterActivities create(Jdbi jdbi, Optional<URI> webhook) {
    return create(jdbi, webhook, RosterObserver.NONE);
  }

  /** Builds them all, reporting committed events and outcomes to {@code observer}. */
  public static RosterActivities create(Jdbi jdbi, Optional<URI> webhook, RosterObserver observer) {
    var executor = new CommandExecutor(jdbi, observer);
    var users = new UserActivitiesImpl(executor);
    var roles = new RoleActivitiesImpl(executor);
    var orgUnits = new OrgUnitAssignmentActivitiesImpl(executor);
    var clients = new ClientAssignmentActivitiesImpl(executor);
    var templates = new ScheduleTemplateActivitiesImpl(executor);
    return new RosterActivities(
        executor,
        new OrganizationActivitiesImpl(executor),
        users,
        roles,
        orgUnits,
        clients,
        templates,
        new UserScheduleActivitiesImpl(executor),
        new OnboardingActivitiesImpl(
            executor, users, roles, orgUnits, templates, clients, observer),
        new SweepActivitiesImpl(jdbi, observer),
        new NotificationActivitiesImpl(jdbi, webhook));
  }

  /** The implementations, for registering on a worker. */
  public List<Object> all() {
    return List.of(
        organizations,
        users,
        roles,
        orgUnits,
        clients,
        scheduleTemplates,
        userSchedules,
        onboarding,
        sweeps,
        notifications);
  }
}
