package io.roster.worker.api.onboarding;

import io.roster.activities.onboarding.StaffMember;
import java.util.List;

/**
 * JSON body of {@code POST /organizations/{org}/onboardings}: the submitter's request id (1 to 100
 * of {@code A-Za-z0-9._:-}; the same id submitted again attaches to the first run) and the staff.
 */
record OnboardingRequest(String requestId, List<StaffMember> staff) {}
