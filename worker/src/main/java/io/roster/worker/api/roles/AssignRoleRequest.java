package io.roster.worker.api.roles;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Body of {@code POST /users/{user}/roles}: {@code org_id} null only for the global super_admin;
 * the scope defaults to the organization's path.
 */
record AssignRoleRequest(
    String roleName,
    UUID orgId,
    String scopePath,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil) {}
