package io.roster.worker.api.sweeps;

import io.roster.workflows.sweeps.SweepTally;

/**
 * Answer of {@code GET /sweeps/{workflow id}}.
 *
 * @param status {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param result the events the sweep appended, by kind, once it has completed; else null
 */
record SweepStatusView(String workflowId, String workflowType, String status, SweepTally result) {}
