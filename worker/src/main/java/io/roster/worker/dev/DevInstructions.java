package io.roster.worker.dev;

import java.nio.file.Path;
import java.util.List;

/** The log lines of development access: who exists, the token, and how to onboard the example. */
final class DevInstructions {

  private DevInstructions() {}

  static List<String> lines(DevWorld world, String token, String url, Path secretFile) {
    var onboardings = url + "/api/v1/organizations/" + world.organizationId() + "/onboardings";
    return List.of(
        "Development access: HS256 secret in %s; set ROSTER_JWT_SECRET or ROSTER_JWT_JWKS_URL for real use"
            .formatted(secretFile),
        "Development admin %s (user %s, super_admin); demo organization 'demo' %s with facilities %s and %s and schedule template %s"
            .formatted(
                world.adminEmail(),
                world.adminId(),
                world.organizationId(),
                world.facility1(),
                world.facility2(),
                world.templateId()),
        "Development token (sub %s, valid 30 days): %s".formatted(world.adminId(), token),
        "Onboard the example staff: ROSTER_TOKEN=%s java -jar worker/target/roster-worker.jar onboard --url %s --org %s examples/staff.csv"
            .formatted(token, url, world.organizationId()),
        "Or with curl: curl -sS -X POST '%s?request_id=example-staff' -H 'Authorization: Bearer %s' -H 'Idempotency-Key: example-staff' -H 'Content-Type: text/csv' --data-binary @examples/staff.csv"
            .formatted(onboardings, token));
  }
}
