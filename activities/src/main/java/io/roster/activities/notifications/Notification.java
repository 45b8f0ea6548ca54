package io.roster.activities.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notification_outbox row as the webhook receives it (snake_case JSON). */
public record Notification(
    UUID id,
    String kind,
    UUID recipientUserId,
    UUID roleId,
    String roleName,
    UUID organizationId,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil,
    Integer daysBefore,
    Instant createdAt) {}
