package io.roster.worker.api.users;

import io.roster.activities.users.CreateUser;
import io.roster.activities.users.OrgAccess;
import io.roster.activities.users.SetOrgAccess;
import io.roster.activities.users.UserActivities;
import io.roster.activities.users.UserCreated;
import io.roster.worker.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and their access window in each organization. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

  private final UserActivities users;

  UserController(UserActivities users) {
    this.users = users;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserCreated create(@RequestBody CreateUserRequest body, Caller caller) {
    return users.createUser(
        new CreateUser(caller.meta(), body.email(), body.firstName(), body.lastName()));
  }

  @PutMapping("/{user}/org-access/{org}")
  OrgAccess orgAccess(
      @PathVariable("user") UUID user,
      @PathVariable("org") UUID org,
      @RequestBody OrgAccessRequest body,
      Caller caller) {
    return users.setOrgAccess(
        new SetOrgAccess(
            caller.meta(), user, org, body.accessStartDate(), body.accessExpirationDate()));
  }
}
