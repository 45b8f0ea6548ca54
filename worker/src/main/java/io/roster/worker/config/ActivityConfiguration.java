package io.roster.worker.config;

import io.roster.activities.RosterActivities;
import io.roster.activities.RosterObserver;
import io.roster.activities.clients.ClientAssignmentActivities;
import io.roster.activities.notifications.NotificationActivities;
import io.roster.activities.onboarding.OnboardingActivities;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.organizations.OrganizationActivities;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.schedules.ScheduleTemplateActivities;
import io.roster.activities.schedules.UserScheduleActivities;
import io.roster.activities.sweeps.SweepActivities;
import io.roster.activities.users.UserActivities;
import java.net.URI;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every activity implementation as a bean: the worker registers them by name (application.yml,
 * {@code spring.temporal.workers[0].activity-beans}) and the HTTP API calls them directly.
 */
@Configuration(proxyBeanMethods = false)
class ActivityConfiguration {

  /** Activities report committed events and outcomes to {@code observer} (the metrics). */
  @Bean
  RosterActivities rosterActivities(
      Jdbi jdbi, @Value("${roster.webhook-url:}") String webhookUrl, RosterObserver observer) {
    return RosterActivities.create(
        jdbi,
        webhookUrl.isBlank() ? Optional.empty() : Optional.of(URI.create(webhookUrl)),
        observer);
  }

  @Bean
  OnboardingRequestStore onboardingRequestStore(Jdbi jdbi) {
    return new OnboardingRequestStore(jdbi);
  }

  // ---- one bean per activity interface, named as application.yml lists them ----

  @Bean
  OrganizationActivities organizationActivities(RosterActivities all) {
    return all.organizations();
  }

  @Bean
  UserActivities userActivities(RosterActivities all) {
    return all.users();
  }

  @Bean
  RoleActivities roleActivities(RosterActivities all) {
    return all.roles();
  }

  @Bean
  OrgUnitAssignmentActivities orgUnitAssignmentActivities(RosterActivities all) {
    return all.orgUnits();
  }

  @Bean
  ClientAssignmentActivities clientAssignmentActivities(RosterActivities all) {
    return all.clients();
  }

  @Bean
  ScheduleTemplateActivities scheduleTemplateActivities(RosterActivities all) {
    return all.scheduleTemplates();
  }

  @Bean
  UserScheduleActivities userScheduleActivities(RosterActivities all) {
    return all.userSchedules();
  }

  @Bean
  OnboardingActivities onboardingActivities(RosterActivities all) {
    return all.onboarding();
  }

  @Bean
  SweepActivities sweepActivities(RosterActivities all) {
    return all.sweeps();
  }

  @Bean
  NotificationActivities notificationActivities(RosterActivities all) {
    return all.notifications();
  }
}
