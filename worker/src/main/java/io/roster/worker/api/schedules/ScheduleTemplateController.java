package io.roster.worker.api.schedules;

import io.roster.activities.schedules.AssignUserToSchedule;
import io.roster.activities.schedules.ChangeTemplateStatus;
import io.roster.activities.schedules.CreateScheduleTemplate;
import io.roster.activities.schedules.ScheduleAssignment;
import io.roster.activities.schedules.ScheduleTemplate;
import io.roster.activities.schedules.ScheduleTemplateActivities;
import io.roster.activities.schedules.TemplateStatus;
import io.roster.activities.schedules.UnassignUserFromSchedule;
import io.roster.activities.schedules.UpdateScheduleTemplate;
import io.roster.worker.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Schedule templates (001) and the users assigned to them. */
@RestController
@RequestMapping("/api/v1")
class ScheduleTemplateController {

  private final ScheduleTemplateActivities templates;

  ScheduleTemplateController(ScheduleTemplateActivities templates) {
    this.templates = templates;
  }

  @PostMapping("/organizations/{org}/schedule-templates")
  @ResponseStatus(HttpStatus.CREATED)
  ScheduleTemplate create(
      @PathVariable("org") UUID org, @RequestBody TemplateRequest body, Caller caller) {
    return templates.createScheduleTemplate(
        new CreateScheduleTemplate(
            caller.meta(), org, body.orgUnitId(), body.scheduleName(), body.schedule()));
  }

  @PatchMapping("/schedule-templates/{template}")
  ScheduleTemplate update(
      @PathVariable("template") UUID template, @RequestBody TemplateRequest body, Caller caller) {
    return templates.updateScheduleTemplate(
        new UpdateScheduleTemplate(
            caller.meta(), template, body.orgUnitId(), body.scheduleName(), body.schedule()));
  }

  @PostMapping("/schedule-templates/{template}/deactivate")
  TemplateStatus deactivate(@PathVariable("template") UUID template, Caller caller) {
    return templates.deactivateScheduleTemplate(new ChangeTemplateStatus(caller.meta(), template));
  }

  @PostMapping("/schedule-templates/{template}/reactivate")
  TemplateStatus reactivate(@PathVariable("template") UUID template, Caller caller) {
    return templates.reactivateScheduleTemplate(new ChangeTemplateStatus(caller.meta(), template));
  }

  @DeleteMapping("/schedule-templates/{template}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable("template") UUID template, Caller caller) {
    templates.deleteScheduleTemplate(new ChangeTemplateStatus(caller.meta(), template));
  }

  @PostMapping("/schedule-templates/{template}/users")
  @ResponseStatus(HttpStatus.CREATED)
  ScheduleAssignment assignUser(
      @PathVariable("template") UUID template,
      @RequestBody TemplateUserRequest body,
      Caller caller) {
    return templates.assignUserToSchedule(
        new AssignUserToSchedule(
            caller.meta(), template, body.userId(), body.effectiveFrom(), body.effectiveUntil()));
  }

  @DeleteMapping("/schedule-templates/{template}/users/{user}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unassignUser(
      @PathVariable("template") UUID template,
      @PathVariable("user") UUID user,
      @RequestParam(name = "reason", required = false) String reason,
      Caller caller) {
    templates.unassignUserFromSchedule(
        new UnassignUserFromSchedule(caller.meta(reason), template, user, reason));
  }
}
