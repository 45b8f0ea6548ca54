package io.roster.worker.api.organizations;

import java.util.UUID;

/** Body of {@code POST /organizations/{org}/units}: a unit under the organization or a unit. */
record CreateUnitRequest(String name, String kind, UUID parentUnitId) {}
