package io.roster.activities.sweeps;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a batch of expiry notices stopped: the key (role_valid_until, user_id, role_id, org_id) of
 * the last row it took; the next batch of the same sweep starts after it (see
 * R__72_sweep_expiry_notices.sql). {@link #START} is before every row.
 */
record SweepCursor(LocalDate until, UUID userId, UUID roleId, UUID orgId) {

  static final SweepCursor START = new SweepCursor(null, null, null, null);
}
