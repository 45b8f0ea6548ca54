package io.roster.reliability.support;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Work for the role-expiry sweep as of an instant, written in bulk as events (one statement per
 * kind, through the real trigger and processors) in a UTC organization: {@code users} clinicians,
 * the first {@code expiringRoles} of them with a role that ended three days before, the rest with
 * one ending in five days (one 7-day notice each); the first {@code expiringClients} with a
 * caseload assignment that ended a day before; the first {@code expiringSchedules} on a schedule
 * template with an assignment that ended two days before.
 */
public record DueFacts(int users, int expiringRoles, int expiringClients, int expiringSchedules) {

  /** The namespace of the seeded ids: uuid_v5(NAMESPACE, prefix/index). */
  private static final UUID NAMESPACE = UUID.fromString("a3c1f7e2-5b9d-4c6e-8f10-2d3b4c5e6f70");

  public DueFacts {
    if (expiringRoles > users || expiringClients > users || expiringSchedules > users) {
      throw new IllegalArgumentException("more due facts than users");
    }
  }

  /** Writes the facts as events; returns the template the schedule assignments are on. */
  public UUID seed(Jdbi jdbi, EventFixtures fixtures, Org org, String prefix, Instant asOf) {
    var template = UUID.randomUUID();
    fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        EventFixtures.data(
            "template_id",
            template,
            "organization_id",
            org.id(),
            "org_unit_id",
            null,
            "schedule_name",
            "Due " + prefix,
            "schedule",
            Map.of("friday", Map.of("begin", "2200", "end", "0600"))));
    var today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  """
                  INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
                  SELECT gen_random_uuid(), 'user', uuid_v5(:ns, :prefix || '/' || i), 1, 'user.created',
                         jsonb_build_object('user_id', uuid_v5(:ns, :prefix || '/' || i),
                                            'email', :prefix || '-' || i || '@due.test',
                                            'first_name', 'Due', 'last_name', 'Fact ' || i)
                  FROM generate_series(0, :users - 1) AS i ORDER BY i
                  """)
              .bind("ns", NAMESPACE)
              .bind("prefix", prefix)
              .bind("users", users)
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
                  SELECT gen_random_uuid(), 'user', uuid_v5(:ns, :prefix || '/' || i), 2, 'user.role.assigned',
                         jsonb_build_object('user_id', uuid_v5(:ns, :prefix || '/' || i), 'role_id', :role,
                                            'role_name', 'clinician', 'org_id', :org,
                                            'scope_path', :path, 'role_valid_from', NULL,
                                            'role_valid_until',
                                            CASE WHEN i < :expiring THEN :today - 3 ELSE :today + 5 END)
                  FROM generate_series(0, :users - 1) AS i ORDER BY i
                  """)
              .bind("ns", NAMESPACE)
              .bind("prefix", prefix)
              .bind("users", users)
              .bind("role", BaseCatalogue.ROLE_IDS.get("clinician"))
              .bind("org", org.id())
              .bind("path", org.path())
              .bind("expiring", expiringRoles)
              .bind("today", today)
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
                  SELECT gen_random_uuid(), 'user', uuid_v5(:ns, :prefix || '/' || i), 3, 'user.client.assigned',
                         jsonb_build_object('user_id', uuid_v5(:ns, :prefix || '/' || i),
                                            'client_id', uuid_v5(:ns, :prefix || '/client/' || i),
                                            'organization_id', :org, 'assigned_until', :until,
                                            'notes', NULL)
                  FROM generate_series(0, :clients - 1) AS i ORDER BY i
                  """)
              .bind("ns", NAMESPACE)
              .bind("prefix", prefix)
              .bind("clients", expiringClients)
              .bind("org", org.id())
              .bind("until", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC).minusDays(1))
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
                  SELECT gen_random_uuid(), 'schedule', :template, i + 2, 'schedule.user_assigned',
                         jsonb_build_object('template_id', :template,
                                            'user_id', uuid_v5(:ns, :prefix || '/' || i),
                                            'organization_id', :org, 'effective_from', NULL,
                                            'effective_until', :today - 2)
                  FROM generate_series(0, :schedules - 1) AS i ORDER BY i
                  """)
              .bind("ns", NAMESPACE)
              .bind("prefix", prefix)
              .bind("schedules", expiringSchedules)
              .bind("template", template)
              .bind("org", org.id())
              .bind("today", today)
              .execute();
        });
    return template;
  }

  /** The events one complete role-expiry sweep as of the seeding instant appends, by type. */
  public Map<String, Long> expiryEvents() {
    var events = new LinkedHashMap<String, Long>();
    events.put(EventTypes.USER_ROLE_EXPIRY_NOTICE, (long) (users - expiringRoles));
    events.put(EventTypes.USER_ROLE_EXPIRED, (long) expiringRoles);
    events.put(EventTypes.USER_CLIENT_UNASSIGNED, (long) expiringClients);
    events.put(EventTypes.SCHEDULE_USER_UNASSIGNED, (long) expiringSchedules);
    return events;
  }
}
