package io.roster.worker.api.roles;

import java.time.LocalDate;

/** Body of {@code PATCH /users/{user}/roles/{role}}: the new window; null clears a bound. */
record RoleWindowRequest(LocalDate roleValidFrom, LocalDate roleValidUntil) {}
