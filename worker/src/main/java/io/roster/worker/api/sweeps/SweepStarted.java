package io.roster.worker.api.sweeps;

/**
 * Answer of a sweep start (202): the workflow id ({@code role-expiry/<instant>-<8 hex>} or {@code
 * pending-activation/<instant>-<8 hex>}) and the status route, which takes the id as is.
 */
public record SweepStarted(String workflowId, String statusUrl) {}
