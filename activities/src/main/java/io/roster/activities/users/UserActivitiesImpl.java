package io.roster.activities.users;

import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.events.StreamRef;
import io.roster.db.users.UserQueries;

/** Users over the event store; see {@link UserActivities}. */
public final class UserActivitiesImpl implements UserActivities {

  private final CommandExecutor executor;

  public UserActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public UserCreated createUser(CreateUser input) {
    return executor.execute(
        "createUser",
        input.meta(),
        UserCreated.class,
        ctx -> {
          var email = CommandInputs.email(input.email());
          var first = CommandInputs.text(input.firstName(), "first_name", CommandInputs.MAX_NAME);
          var last = CommandInputs.text(input.lastName(), "last_name", CommandInputs.MAX_NAME);
          if (!ctx.hasPermissionAnywhere("user.role_assign")) {
            throw Failures.notAuthorized(
                "not_authorized",
                "actor " + ctx.meta().actorId() + " may not create users (needs user.role_assign)");
          }
          if (ctx.attach(UserQueries.class).findUserByEmail(email).isPresent()) {
            throw Failures.ruleViolated(
                "email_taken", "email", "a user with email " + email + " exists");
          }
          return UserDecisions.created(ctx, email, first, last);
        });
  }

  @Override
  public OrgAccess setOrgAccess(SetOrgAccess input) {
    return executor.execute(
        "setOrgAccess",
        input.meta(),
        OrgAccess.class,
        ctx -> {
          CommandInputs.dateOrder(
              input.accessStartDate(),
              input.accessExpirationDate(),
              "access_start_date",
              "access_expiration_date");
          var user = Lookups.user(ctx, input.userId(), "user_id");
          var org = Lookups.activeOrganization(ctx, input.orgId(), "org_id");
          ctx.authorize("user.role_assign", org.path());
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var current = ctx.attach(UserQueries.class).findOrgAccess(user.id(), org.id());
          return UserDecisions.orgAccess(
              user.id(),
              org.id(),
              input.accessStartDate(),
              input.accessExpirationDate(),
              current,
              version);
        });
  }
}
