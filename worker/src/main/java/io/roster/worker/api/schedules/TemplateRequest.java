package io.roster.worker.api.schedules;

import java.util.Map;
import java.util.UUID;

/**
 * Body of {@code POST /organizations/{org}/schedule-templates} and {@code PATCH
 * /schedule-templates/{template}} (which replaces all three: an absent {@code org_unit_id} makes
 * the template organization-wide). {@code schedule}: keys {@code monday}..{@code sunday}, each
 * {@code {"begin": "HHMM", "end": "HHMM"}} or null.
 */
record TemplateRequest(String scheduleName, UUID orgUnitId, Map<String, Object> schedule) {}
