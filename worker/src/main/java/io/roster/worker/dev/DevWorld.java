package io.roster.worker.dev;

import java.util.UUID;

/** What development access created: the admin, the demo organization and its parts. */
public record DevWorld(
    UUID adminId,
    String adminEmail,
    UUID organizationId,
    UUID facility1,
    UUID facility2,
    UUID templateId) {}
