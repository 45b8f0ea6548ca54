package io.roster.worker.api.orgunits;

import java.util.UUID;

/** Body of {@code POST /users/{user}/org-units}; {@code is_primary} defaults to false. */
record AssignUnitRequest(UUID organizationUnitId, Boolean isPrimary, String notes) {}
