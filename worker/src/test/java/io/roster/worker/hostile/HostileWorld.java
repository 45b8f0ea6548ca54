package io.roster.worker.hostile;

import io.roster.worker.api.ApiFixtures.Scope;
import java.util.UUID;

/**
 * What the corpus aims at: an organization with a unit, a user holding a role, a unit assignment, a
 * template and a schedule there, and another organization whose paths must not be usable.
 */
record HostileWorld(
    Scope org,
    Scope unit,
    Scope otherOrg,
    Scope otherUnit,
    UUID user,
    UUID unitAssignment,
    UUID template,
    UUID userSchedule) {}
