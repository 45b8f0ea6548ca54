package io.roster.activities.sweeps;

/** What a sweep batch looks for; each kind is one set-based SQL function (R__7x_sweep_*.sql). */
public enum SweepKind {
  /** user.role.expired for windows that closed: sweep_expire_roles. */
  ROLE_EXPIRY("SELECT sweep_expire_roles(:as_of, :batch_size)"),
  /** user.role.activated for windows that opened: sweep_activate_roles. */
  ROLE_ACTIVATION("SELECT sweep_activate_roles(:as_of, :batch_size)"),
  /** user.role.expiry_notice at each step of the notice ladder: sweep_expiry_notices. */
  EXPIRY_NOTICE("SELECT sweep_expiry_notices(:as_of, :batch_size)"),
  /** user.client.unassigned (expired) past assigned_until: sweep_expire_client_assignments. */
  CLIENT_EXPIRY("SELECT sweep_expire_client_assignments(:as_of, :batch_size)"),
  /** schedule.user_unassigned (expired) past effective_until: sweep_expire_schedule_assignments. */
  SCHEDULE_EXPIRY("SELECT sweep_expire_schedule_assignments(:as_of, :batch_size)");

  private final String sql;

  SweepKind(String sql) {
    this.sql = sql;
  }

  String sql() {
    return sql;
  }
}
