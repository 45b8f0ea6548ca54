package io.roster.worker.load;

import io.roster.worker.api.ApiClient;
import io.roster.worker.api.ApiFixtures;
import io.roster.worker.api.ApiResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * One of the load's clients: until the deadline, a command or read picked at random with the
 * weights of {@link #next}, as the organization admin, the coordinator or (to be refused) the
 * clinician; every answer timed and counted.
 */
final class LoadClient implements Runnable {

  private static final String[] ROLES = {"clinician", "peer_mentor", "coordinator"};

  private final ApiClient api;
  private final LoadWorld world;
  private final Jdbi jdbi;
  private final Latencies latencies;
  private final List<String> unexpected;
  private final long deadline;
  private long[] nanos = new long[1024];
  private int count;

  LoadClient(
      ApiClient api,
      LoadWorld world,
      Jdbi jdbi,
      Latencies latencies,
      List<String> unexpected,
      long deadline) {
    this.api = api;
    this.world = world;
    this.jdbi = jdbi;
    this.latencies = latencies;
    this.unexpected = unexpected;
    this.deadline = deadline;
  }

  @Override
  public void run() {
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      var sent = next(ThreadLocalRandom.current().nextInt(100));
      long took = System.nanoTime() - start;
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = took;
      var response = sent.response();
      var code = response.status() >= 400 ? response.text("code") : null;
      latencies.count(response.status(), code);
      if (sent.refusal() != null && !sent.refusal().equals(code)) {
        unexpected.add("expected " + sent.refusal() + ", got " + response);
      }
    }
    latencies.add(Arrays.copyOf(nanos, count));
  }

  /** A request sent, and the code it must be refused with when it is a deliberate refusal. */
  private record Sent(ApiResponse response, String refusal) {}

  private Sent next(int dice) {
    var admin = world.orgAdminToken;
    var coordinator = world.coordinatorToken;
    var user = world.anyStaff();
    var org = world.org.id();
    if (dice < 6) {
      var created =
          api.post("/api/v1/users", admin)
              .json(
                  Map.of(
                      "email", "load-" + UUID.randomUUID() + "@roster.test",
                      "first_name", "Load",
                      "last_name", "Staff"))
              .send();
      if (created.status() == 201) {
        world.staff.add(created.uuid("user_id"));
      }
      return ok(created);
    }
    if (dice < 18) {
      var body = new HashMap<String, Object>();
      body.put("role_name", anyRole());
      body.put("org_id", org);
      body.put("scope_path", coin() ? world.org.path() : world.anyUnit().path());
      var from = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(-10, 10));
      body.put("role_valid_from", from.toString());
      body.put("role_valid_until", coin() ? null : from.plusDays(30).toString());
      return ok(api.post("/api/v1/users/" + user + "/roles", admin).json(body).send());
    }
    if (dice < 23) {
      var window = new HashMap<String, Object>();
      window.put("role_valid_from", LocalDate.now().minusDays(1).toString());
      window.put("role_valid_until", coin() ? null : LocalDate.now().plusDays(60).toString());
      return ok(
          api.call("PATCH", roleRoute(user, anyRole()), admin).key(key()).json(window).send());
    }
    if (dice < 28) {
      return ok(api.call("DELETE", roleRoute(user, anyRole()), admin).key(key()).send());
    }
    if (dice < 40) {
      return ok(
          api.post("/api/v1/users/" + user + "/org-units", coordinator)
              .json(Map.of("organization_unit_id", world.anyUnit().id(), "is_primary", coin()))
              .send());
    }
    if (dice < 52) {
      var assignment = anyAssignment(user);
      if (assignment.isPresent()) {
        var change = dice < 46 ? "primary" : dice < 50 ? "deactivate" : "reactivate";
        return ok(
            api.post(
                    "/api/v1/users/" + user + "/org-units/" + assignment.get() + "/" + change,
                    coordinator)
                .send());
      }
      return ok(api.get(accessRoute(user, "active-roles"), admin).send());
    }
    if (dice < 60) {
      return ok(
          api.post("/api/v1/users/" + user + "/clients", coordinator)
              .json(Map.of("client_id", world.anyClient(), "organization_id", org))
              .send());
    }
    if (dice < 64) {
      return ok(
          api.call(
                  "DELETE",
                  "/api/v1/users/"
                      + user
                      + "/clients/"
                      + world.anyClient()
                      + "?organization_id="
                      + org,
                  coordinator)
              .key(key())
              .send());
    }
    if (dice < 70) {
      return ok(
          api.post("/api/v1/schedule-templates/" + world.template + "/users", coordinator)
              .json(Map.of("user_id", user))
              .send());
    }
    if (dice < 73) {
      return ok(
          api.call(
                  "DELETE",
                  "/api/v1/schedule-templates/" + world.template + "/users/" + user,
                  coordinator)
              .key(key())
              .send());
    }
    if (dice < 78) {
      var body = new HashMap<String, Object>();
      body.put("organization_id", org);
      body.put("org_unit_id", coin() ? null : world.anyUnit().id());
      body.put("schedule", ApiFixtures.weekdays());
      return ok(api.post("/api/v1/users/" + user + "/schedules", coordinator).json(body).send());
    }
    if (dice < 90) {
      var what = coin() ? "active-roles" : "claims";
      return ok(api.get(accessRoute(user, what), admin).send());
    }
    return refusal(dice);
  }

  /** Commands that must be refused: each with the code of the rule it breaks. */
  private Sent refusal(int dice) {
    var user = world.anyStaff();
    if (dice < 94) {
      return new Sent(
          api.post("/api/v1/users/" + user + "/org-units", world.clinicianToken)
              .json(Map.of("organization_unit_id", world.anyUnit().id()))
              .send(),
          "not_authorized");
    }
    if (dice < 97) {
      return new Sent(
          api.post("/api/v1/users/" + world.orgAdmin + "/roles", world.orgAdminToken)
              .json(Map.of("role_name", "coordinator", "org_id", world.org.id()))
              .send(),
          "self_modification");
    }
    return new Sent(
        api.get(accessRoute(user, "claims"), world.clinicianToken).send(), "not_authorized");
  }

  private Optional<UUID> anyAssignment(UUID user) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT id FROM user_org_unit_assignments_projection
                    WHERE user_id = :user ORDER BY random() LIMIT 1
                    """)
                .bind("user", user)
                .mapTo(UUID.class)
                .findOne());
  }

  private String roleRoute(UUID user, String role) {
    return "/api/v1/users/" + user + "/roles/" + role + "?org_id=" + world.org.id();
  }

  private String accessRoute(UUID user, String what) {
    return "/api/v1/users/" + user + "/" + what + "?org_id=" + world.org.id();
  }

  private static Sent ok(ApiResponse response) {
    return new Sent(response, null);
  }

  private static String anyRole() {
    return ROLES[ThreadLocalRandom.current().nextInt(ROLES.length)];
  }

  private static boolean coin() {
    return ThreadLocalRandom.current().nextBoolean();
  }

  private static String key() {
    return "load-" + UUID.randomUUID();
  }
}
