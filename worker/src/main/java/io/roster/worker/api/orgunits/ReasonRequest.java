package io.roster.worker.api.orgunits;

/** Optional body of the assignment changes: why, recorded in the event. */
record ReasonRequest(String reason) {}
