package io.roster.worker.api.access;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.worker.api.ApiAccess;
import io.roster.worker.api.ApiProblem;
import io.roster.worker.security.Caller;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user may do, at any instant: their active roles and their token claims. A user reads their
 * own; anyone else needs {@code user.role_assign} at the organization, or (without {@code org_id})
 * to be a super_admin.
 */
@RestController
@RequestMapping("/api/v1/users/{user}")
class AccessController {

  private final Jdbi jdbi;
  private final ApiAccess access;
  private final JsonMapper mapper;

  AccessController(Jdbi jdbi, ApiAccess access, JsonMapper mapper) {
    this.jdbi = jdbi;
    this.access = access;
    this.mapper = mapper;
  }

  @GetMapping("/active-roles")
  ActiveRoles activeRoles(
      @PathVariable("user") UUID user,
      @RequestParam(name = "org_id", required = false) UUID orgId,
      @RequestParam(name = "as_of", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf,
      Caller caller) {
    authorize(caller, user, orgId);
    var instant = asOf == null ? Instant.now() : asOf;
    var roles =
        jdbi.withExtension(
            AccessQueries.class, q -> q.activeRoles(user, orgId, instant.atOffset(ZoneOffset.UTC)));
    return new ActiveRoles(user, orgId, instant, roles);
  }

  @GetMapping("/claims")
  Map<String, Object> claims(
      @PathVariable("user") UUID user,
      @RequestParam(name = "org_id", required = false) UUID orgId,
      @RequestParam(name = "as_of", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf,
      Caller caller) {
    authorize(caller, user, orgId);
    var instant = asOf == null ? Instant.now() : asOf;
    var json =
        jdbi.withExtension(
            AccessQueries.class, q -> q.claims(user, orgId, instant.atOffset(ZoneOffset.UTC)));
    return mapper.readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  private void authorize(Caller caller, UUID user, UUID orgId) {
    if (orgId != null) {
      access.organizationPath(orgId, "org_id");
    }
    if (!caller.actorId().equals(user)) {
      if (orgId != null) {
        access.requireAt(caller.actorId(), BaseCatalogue.ROLE_ASSIGN, orgId, "org_id");
      } else if (!access.isSuperAdmin(caller.actorId())) {
        throw ApiProblem.forbidden(
            "not_authorized",
            "reading another user's access without org_id needs super_admin; with org_id, "
                + BaseCatalogue.ROLE_ASSIGN
                + " at that organization");
      }
    }
    access.requireUser(user, "user");
  }
}
