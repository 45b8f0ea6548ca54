package io.roster.worker.api.sweeps;

import java.time.Instant;

/** Optional body of {@code POST /sweeps/...}: the instant to sweep as of (default: now). */
record SweepStartRequest(Instant asOf) {}
