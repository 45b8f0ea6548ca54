package io.roster.activities.organizations;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Create an organization. Its path is built by Roster: {@code roster.org_<32 hex>}, or one level
 * under its parent organization's path.
 *
 * @param timezone IANA name; defaults to UTC
 * @param parentOrganizationId optional parent; a root organization needs a platform (global) actor
 * @param enableStaffClientMapping initial value of the caseload feature flag (000), default false
 */
public record CreateOrganization(
    CommandMeta meta,
    String name,
    String slug,
    String timezone,
    UUID parentOrganizationId,
    Boolean enableStaffClientMapping) {}
