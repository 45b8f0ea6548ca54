package io.roster.worker.api.organizations;

import io.roster.activities.organizations.CreateOrganization;
import io.roster.activities.organizations.CreateUnit;
import io.roster.activities.organizations.OrganizationActivities;
import io.roster.activities.organizations.OrganizationCreated;
import io.roster.activities.organizations.OrganizationSettings;
import io.roster.activities.organizations.UnitCreated;
import io.roster.activities.organizations.UpdateOrganizationSettings;
import io.roster.worker.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organizations, their settings and their units. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationController {

  private final OrganizationActivities organizations;

  OrganizationController(OrganizationActivities organizations) {
    this.organizations = organizations;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  OrganizationCreated create(@RequestBody CreateOrganizationRequest body, Caller caller) {
    return organizations.createOrganization(
        new CreateOrganization(
            caller.meta(),
            body.name(),
            body.slug(),
            body.timezone(),
            body.parentOrganizationId(),
            null));
  }

  @PatchMapping("/{org}/settings")
  OrganizationSettings settings(
      @PathVariable("org") UUID org, @RequestBody UpdateSettingsRequest body, Caller caller) {
    return organizations.updateOrganizationSettings(
        new UpdateOrganizationSettings(
            caller.meta(),
            org,
            body.enableStaffClientMapping(),
            body.timezone(),
            body.maxActiveUnitAssignments(),
            body.noticeDays()));
  }

  @PostMapping("/{org}/units")
  @ResponseStatus(HttpStatus.CREATED)
  UnitCreated createUnit(
      @PathVariable("org") UUID org, @RequestBody CreateUnitRequest body, Caller caller) {
    return organizations.createUnit(
        new CreateUnit(caller.meta(), org, body.parentUnitId(), body.name(), body.kind()));
  }
}
