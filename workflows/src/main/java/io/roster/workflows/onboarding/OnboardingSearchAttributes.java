package io.roster.workflows.onboarding;

import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.util.List;
import java.util.UUID;

/**
 * The Keyword search attributes an onboarding workflow carries, so the Temporal UI and {@code
 * temporal workflow list --query "RosterOrganizationId='...'"} find every onboarding of an
 * organization or the run of one request. The server must know them first (the worker registers
 * them at start-up where it may).
 */
public final class OnboardingSearchAttributes {

  public static final SearchAttributeKey<String> ORGANIZATION_ID =
      SearchAttributeKey.forKeyword("RosterOrganizationId");
  public static final SearchAttributeKey<String> REQUEST_ID =
      SearchAttributeKey.forKeyword("RosterRequestId");

  /** Every key, for registering them. */
  public static final List<SearchAttributeKey<String>> ALL = List.of(ORGANIZATION_ID, REQUEST_ID);

  private OnboardingSearchAttributes() {}

  static SearchAttributes of(UUID organizationId, String requestId) {
    return SearchAttributes.newBuilder()
        .set(ORGANIZATION_ID, organizationId.toString())
        .set(REQUEST_ID, requestId)
        .build();
  }
}
