package io.roster.activities.notifications;

/**
 * @param delivered rows delivered (posted with a 2xx answer, or logged when no webhook is set)
 * @param remaining undelivered rows left after this run
 */
public record DeliveryResult(int delivered, long remaining) {}
