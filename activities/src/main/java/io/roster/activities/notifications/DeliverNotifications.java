package io.roster.activities.notifications;

/** Deliver up to {@code maxRows} undelivered rows of notification_outbox, oldest first. */
public record DeliverNotifications(int maxRows) {}
