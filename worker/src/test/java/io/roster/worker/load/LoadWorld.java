package io.roster.worker.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiClient;
import io.roster.worker.api.ApiFixtures;
import io.roster.worker.api.ApiFixtures.Scope;
import io.roster.worker.api.ApiTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the load runs against, made by the development super_admin: one organization with six
 * facilities (one more than the default limit of five active unit assignments), a schedule
 * template, an organization admin and a coordinator who send the commands, a clinician who is
 * refused, a pool of staff the commands are about (grown by the createUser commands) and a pool of
 * client ids.
 */
final class LoadWorld {

  static final int STAFF = 48;
  static final int CLIENTS = 24;

  /** Fewer active unit assignments than the six facilities, so that the limit is reached often. */
  static final int UNIT_LIMIT = 2;

  final Scope org;
  final List<Scope> units = new ArrayList<>();
  final UUID template;
  final UUID orgAdmin;
  final String orgAdminToken;
  final String coordinatorToken;
  final String clinicianToken;
  final List<UUID> staff = new CopyOnWriteArrayList<>();
  final List<UUID> clients = new ArrayList<>();

  LoadWorld(ApiClient api, String admin) {
    var fixtures = new ApiFixtures(api, admin);
    org = fixtures.organization("Load");
    for (int i = 1; i <= 6; i++) {
      units.add(fixtures.unit(org, "facility", "Facility " + i));
    }
    template = fixtures.template(org, "Load weekdays");
    orgAdmin = fixtures.user("load-admin");
    fixtures.role(orgAdmin, "provider_admin", org);
    var coordinator = fixtures.user("load-coordinator");
    fixtures.role(coordinator, "coordinator", org);
    var clinician = fixtures.user("load-clinician");
    fixtures.role(clinician, "clinician", org);
    orgAdminToken = ApiTokens.valid(orgAdmin);
    coordinatorToken = ApiTokens.valid(coordinator);
    clinicianToken = ApiTokens.valid(clinician);
    for (int i = 0; i < STAFF; i++) {
      staff.add(fixtures.user("staff"));
    }
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(UUID.randomUUID());
    }
    var settings =
        api.call("PATCH", "/api/v1/organizations/" + org.id() + "/settings", admin)
            .json(
                Map.of(
                    "enable_staff_client_mapping", true, "max_active_unit_assignments", UNIT_LIMIT))
            .send();
    assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
  }

  UUID anyStaff() {
    return staff.get(ThreadLocalRandom.current().nextInt(staff.size()));
  }

  Scope anyUnit() {
    return units.get(ThreadLocalRandom.current().nextInt(units.size()));
  }

  UUID anyClient() {
    return clients.get(ThreadLocalRandom.current().nextInt(clients.size()));
  }
}
