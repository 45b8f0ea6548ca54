package io.roster.activities.command;

import io.roster.db.organizations.OrganizationQueries;
import io.roster.db.organizations.OrganizationRow;
import io.roster.db.organizations.UnitRow;
import io.roster.db.users.UserQueries;
import io.roster.db.users.UserRow;
import java.util.UUID;

/** The reads nearly every command starts with, each refusing with a typed failure. */
public final class Lookups {

  private Lookups() {}

  public static OrganizationRow organization(CommandContext ctx, UUID id, String field) {
    CommandInputs.required(id, field);
    return ctx.attach(OrganizationQueries.class)
        .findOrganization(id)
        .orElseThrow(
            () ->
                Failures.notFound(
                    "organization_not_found", field, "organization " + id + " does not exist"));
  }

  public static OrganizationRow activeOrganization(CommandContext ctx, UUID id, String field) {
    var org = organization(ctx, id, field);
    if (!org.isActive()) {
      throw Failures.ruleViolated(
          "organization_inactive", field, "organization " + id + " is not active");
    }
    return org;
  }

  public static UnitRow unit(CommandContext ctx, UUID id, String field) {
    CommandInputs.required(id, field);
    return ctx.attach(OrganizationQueries.class)
        .findUnit(id)
        .orElseThrow(
            () ->
                Failures.notFound(
                    "unit_not_found", field, "organization unit " + id + " does not exist"));
  }

  public static UserRow user(CommandContext ctx, UUID id, String field) {
    CommandInputs.required(id, field);
    return ctx.attach(UserQueries.class)
        .findUser(id)
        .orElseThrow(
            () -> Failures.notFound("user_not_found", field, "user " + id + " does not exist"));
  }
}
