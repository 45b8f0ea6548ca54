package io.roster.activities.testing;

import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandMeta;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import io.roster.db.testing.TestDatabase;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh database with two organizations and a cast of actors, built from real events:
 *
 * <ul>
 *   <li>org A ({@code orgA}, UTC) with facilities {@code facility1} (program {@code program1}) and
 *       {@code facility2}; org B ({@code orgB}) with {@code facilityB};
 *   <li>{@code superAdmin} (global), {@code orgAdmin} (provider_admin of A), {@code facilityAdmin}
 *       (facility_admin of facility1), {@code coordinator} (coordinator of A), {@code clinician}
 *       and {@code peerMentor} (of A), {@code orgBAdmin} (provider_admin of B), and {@code staff},
 *       a user with no role to act upon.
 * </ul>
 */
public final class CommandWorld implements AutoCloseable {

  private static final AtomicLong KEYS = new AtomicLong();

  public final TestDatabase db;
  public final EventFixtures fixtures;
  public final CommandExecutor executor;
  public final Org orgA;
  public final Org orgB;
  public final Unit facility1;
  public final Unit facility2;
  public final Unit program1;
  public final Unit facilityB;
  public final UUID superAdmin;
  public final UUID orgAdmin;
  public final UUID facilityAdmin;
  public final UUID coordinator;
  public final UUID clinician;
  public final UUID peerMentor;
  public final UUID orgBAdmin;
  public final UUID staff;

  public CommandWorld() {
    db = TestDatabase.fresh();
    fixtures = new EventFixtures(db);
    executor = new CommandExecutor(db.jdbi());
    orgA = fixtures.organization("Org A", "UTC");
    orgB = fixtures.organization("Org B", "UTC");
    facility1 = fixtures.unit(orgA, "facility", "Facility 1");
    facility2 = fixtures.unit(orgA, "facility", "Facility 2");
    program1 = fixtures.unit(facility1, "program", "Program 1");
    facilityB = fixtures.unit(orgB, "facility", "Facility B");
    superAdmin = fixtures.user("super@roster.test");
    fixtures.assignGlobalRole(superAdmin, "super_admin");
    orgAdmin = fixtures.user("admin-a@roster.test");
    fixtures.assignRole(orgAdmin, "provider_admin", orgA);
    facilityAdmin = fixtures.user("facility-admin@roster.test");
    fixtures.assignRole(facilityAdmin, "facility_admin", facility1);
    coordinator = fixtures.user("coordinator@roster.test");
    fixtures.assignRole(coordinator, "coordinator", orgA);
    clinician = fixtures.user("clinician@roster.test");
    fixtures.assignRole(clinician, "clinician", orgA);
    peerMentor = fixtures.user("mentor@roster.test");
    fixtures.assignRole(peerMentor, "peer_mentor", orgA);
    orgBAdmin = fixtures.user("admin-b@roster.test");
    fixtures.assignRole(orgBAdmin, "provider_admin", orgB);
    staff = fixtures.user("staff@roster.test");
  }

  /** A command run by {@code actor} with a new idempotency key. */
  public static CommandMeta by(UUID actor) {
    return CommandMeta.of(actor, "test-" + KEYS.incrementAndGet() + "-" + UUID.randomUUID());
  }

  /** A new user with no roles. */
  public UUID newUser(String name) {
    return fixtures.user(
        name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@roster.test");
  }

  public long eventCount() {
    return db.jdbi()
        .withHandle(
            h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
  }

  @Override
  public void close() {
    db.close();
  }
}
