package io.roster.workflows.notifications;

/**
 * @param rowsPerCall rows one activity call delivers before reporting back (0: default)
 */
public record DeliveryRequest(int rowsPerCall) {}
