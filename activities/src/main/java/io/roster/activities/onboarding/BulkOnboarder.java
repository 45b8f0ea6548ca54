package io.roster.activities.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.DecidedCommand;
import io.roster.activities.schedules.ScheduleAssignment;
import io.roster.activities.users.UserCreated;
import io.roster.db.events.EventJson;
import io.roster.db.events.VersionConflictException;
import io.roster.db.onboarding.PendingMemberRow;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast way through a batch: every new member {@link MemberPlanner} can decide is onboarded in
 * ONE transaction for the batch, with a few queries for the batch's checks and one statement each
 * for the events, the command results and the members' outcomes, instead of about a hundred round
 * trips per member. The members it does not take, and all of them when its transaction fails, go
 * the one-by-one way ({@link MemberOnboarder}), which decides, refuses and reports exactly as
 * before.
 *
 * <p>Guarantees, the same as the one-by-one way's: a member's events, command results and {@code
 * succeeded} mark commit together (here with the batch's other members) or not at all; they are the
 * events its commands would append, under the same keys, so a retried batch skips it or collides
 * with its own events; a member already marked by a concurrent attempt makes the batch fall back.
 * The templates the members join are locked (FOR UPDATE) and checked again before the append, so
 * concurrent batches queue on a template's stream instead of conflicting on it.
 */
final class BulkOnboarder {

  private static final Logger log = LoggerFactory.getLogger(BulkOnboarder.class);

  private final CommandExecutor executor;

  BulkOnboarder(CommandExecutor executor) {
    this.executor = executor;
  }

  /** Onboards what it can of the pending members; returns the indexes it onboarded. */
  Set<Integer> apply(UUID orgId, String requestId, List<PendingMemberRow> rows) {
    if (rows.isEmpty()) {
      return Set.of();
    }
    try {
      return executor.jdbi().inTransaction(h -> applyIn(h, orgId, requestId, rows));
    } catch (RuntimeException e) {
      log.info(
          "onboarding {} / {}: batch of {} goes member by member ({})",
          orgId,
          requestId,
          rows.size(),
          e.toString());
      return Set.of();
    }
  }

  private Set<Integer> applyIn(
      Handle handle, UUID orgId, String requestId, List<PendingMemberRow> rows) {
    var actor = rows.get(0).actorId();
    var meta = MemberOnboarder.memberMeta(orgId, requestId, rows.get(0).memberIndex(), actor);
    var checks = new BatchChecks(executor.context(handle, meta.child("batch")), orgId);
    var planner = new MemberPlanner(executor, handle, checks, orgId, requestId);
    var candidates = new LinkedHashMap<Integer, StaffMember>();
    var emails = new HashMap<Integer, String>();
    var seen = new HashMap<String, Integer>();
    for (var row : rows) {
      var member = parse(row);
      var email = member == null ? null : email(member);
      if (email != null && Objects.equals(row.actorId(), actor)) {
        candidates.put(row.memberIndex(), member);
        emails.put(row.memberIndex(), email);
        seen.merge(email, 1, Integer::sum);
      }
    }
    var taken = new HashSet<>(existingEmails(handle, emails.values()));
    seen.forEach(
        (email, count) -> {
          if (count > 1) {
            taken.add(email);
          }
        });
    var planned = new LinkedHashMap<Integer, List<DecidedCommand<?>>>();
    var users = new HashMap<Integer, UUID>();
    for (var entry : candidates.entrySet()) {
      var email = emails.get(entry.getKey());
      if (taken.contains(email)) {
        continue;
      }
      planner
          .plan(entry.getKey(), actor, entry.getValue(), email)
          .ifPresent(
              commands -> {
                planned.put(entry.getKey(), commands);
                users.put(entry.getKey(), userOf(commands));
              });
    }
    if (planned.isEmpty()) {
      return Set.of();
    }
    markSucceeded(handle, orgId, requestId, users);
    var own = new ArrayList<DecidedCommand<?>>();
    var shared = new ArrayList<DecidedCommand<?>>();
    for (var commands : planned.values()) {
      for (var command : commands) {
        (joinsTemplate(command) ? shared : own).add(command);
      }
    }
    executor.appendAll(handle, own);
    lockTemplates(handle, checks, shared);
    executor.appendAll(handle, shared);
    return new TreeSet<>(planned.keySet());
  }

  /**
   * Whether the command appends to a template's stream, the one stream concurrent batches share:
   * those are appended last, under the template's lock, so that batches queue only for them and not
   * for their members' own streams (a member's other events are independent of them).
   */
  private static boolean joinsTemplate(DecidedCommand<?> command) {
    return command.decision().result() instanceof ScheduleAssignment;
  }

  /** Locks the templates joined, in id order, and checks them again: they must not have moved. */
  private static void lockTemplates(
      Handle handle, BatchChecks checks, List<DecidedCommand<?>> joining) {
    var templates = new TreeSet<UUID>();
    for (var command : joining) {
      templates.add(((ScheduleAssignment) command.decision().result()).templateId());
    }
    if (templates.isEmpty()) {
      return;
    }
    handle
        .createQuery(
            "SELECT id FROM schedule_templates_projection WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
        .bindArray("ids", UUID.class, new ArrayList<>(templates))
        .mapTo(UUID.class)
        .list();
    for (var id : templates) {
      var decided = checks.template(id);
      var now = checks.templateNow(id);
      if (now.isEmpty()
          || decided.isEmpty()
          || !Objects.equals(now.get().organizationId(), decided.get().organizationId())
          || !Objects.equals(now.get().orgUnitId(), decided.get().orgUnitId())) {
        throw new VersionConflictException("schedule template " + id + " changed during the batch");
      }
    }
  }

  /** Marks the members succeeded; each must still be pending (no concurrent attempt took it). */
  private static void markSucceeded(
      Handle handle, UUID orgId, String requestId, Map<Integer, UUID> users) {
    var indexes = new ArrayList<>(users.keySet());
    int marked =
        handle
            .createUpdate(
                """
                UPDATE onboarding_requests r
                SET status = 'succeeded', user_id = m.user_id, completed_at = now()
                FROM unnest(CAST(:indexes AS integer[]), CAST(:users AS uuid[])) AS m (member_index, user_id)
                WHERE r.organization_id = :org AND r.request_id = :request
                  AND r.member_index = m.member_index AND r.status = 'pending'
                """)
            .bind("org", orgId)
            .bind("request", requestId)
            .bindArray("indexes", Integer.class, indexes)
            .bindArray("users", UUID.class, indexes.stream().map(users::get).toList())
            .execute();
    if (marked != users.size()) {
      throw new VersionConflictException(
          "%d of %d members were taken by a concurrent attempt"
              .formatted(users.size() - marked, users.size()));
    }
  }

  private static List<String> existingEmails(Handle handle, Collection<String> emails) {
    return handle
        .createQuery("SELECT email FROM users WHERE email = ANY(:emails)")
        .bindArray("emails", String.class, new ArrayList<>(emails))
        .mapTo(String.class)
        .list();
  }

  private static UUID userOf(List<DecidedCommand<?>> commands) {
    return ((UserCreated) commands.get(0).decision().result()).userId();
  }

  private static StaffMember parse(PendingMemberRow row) {
    try {
      return EventJson.mapper().readValue(row.member(), StaffMember.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String email(StaffMember member) {
    try {
      return member.userId() == null ? CommandInputs.email(member.email()) : null;
    } catch (ApplicationFailure refused) {
      return null;
    }
  }
}
