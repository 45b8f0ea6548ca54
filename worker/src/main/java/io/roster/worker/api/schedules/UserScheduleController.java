package io.roster.worker.api.schedules;

import io.roster.activities.schedules.CreateUserSchedule;
import io.roster.activities.schedules.DeactivateUserSchedule;
import io.roster.activities.schedules.UpdateUserSchedule;
import io.roster.activities.schedules.UserSchedule;
import io.roster.activities.schedules.UserScheduleActivities;
import io.roster.worker.api.ApiProblem;
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

/** Per-user weekly schedules (002). */
@RestController
@RequestMapping("/api/v1")
class UserScheduleController {

  private final UserScheduleActivities schedules;

  UserScheduleController(UserScheduleActivities schedules) {
    this.schedules = schedules;
  }

  @PostMapping("/users/{user}/schedules")
  @ResponseStatus(HttpStatus.CREATED)
  UserSchedule create(
      @PathVariable("user") UUID user, @RequestBody UserScheduleRequest body, Caller caller) {
    return schedules.createUserSchedule(
        new CreateUserSchedule(
            caller.meta(),
            user,
            body.organizationId(),
            body.orgUnitId(),
            body.schedule(),
            body.effectiveFrom(),
            body.effectiveUntil()));
  }

  @PatchMapping("/user-schedules/{schedule}")
  UserSchedule update(
      @PathVariable("schedule") UUID schedule,
      @RequestBody UserScheduleRequest body,
      Caller caller) {
    if (body.organizationId() != null) {
      throw ApiProblem.invalid(
          "organization_immutable",
          "organization_id",
          "a user schedule's organization never changes: leave organization_id out");
    }
    return schedules.updateUserSchedule(
        new UpdateUserSchedule(
            caller.meta(),
            schedule,
            body.orgUnitId(),
            body.schedule(),
            body.effectiveFrom(),
            body.effectiveUntil()));
  }

  @PostMapping("/user-schedules/{schedule}/deactivate")
  UserSchedule deactivate(@PathVariable("schedule") UUID schedule, Caller caller) {
    return schedules.deactivateUserSchedule(new DeactivateUserSchedule(caller.meta(), schedule));
  }
}
