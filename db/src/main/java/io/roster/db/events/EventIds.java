package io.roster.db.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Event ids derived from idempotency keys: the {@code index}-th event of the command with key K has
 * id {@code uuidV5(NAMESPACE, K + "#" + index)}, the same value as SQL's {@code roster_event_id(K,
 * index)}. A retried command therefore collides with its own earlier events.
 */
public final class EventIds {

  /** Roster's UUID v5 namespace (also in R__01_uuid_v5.sql). */
  public static final UUID NAMESPACE = UUID.fromString("6d1f3c2a-8b4e-5f7a-9c0d-2e4b6a8c0f13");

  private EventIds() {}

  public static UUID eventId(String idempotencyKey, int index) {
    return uuidV5(NAMESPACE, idempotencyKey + "#" + index);
  }

  /** RFC 4122 name-based UUID, version 5 (SHA-1). */
  public static UUID uuidV5(UUID namespace, String name) {
    try {
      var sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(
          ByteBuffer.allocate(16)
              .putLong(namespace.getMostSignificantBits())
              .putLong(namespace.getLeastSignificantBits())
              .array());
      var hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      var buffer = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(buffer.getLong(), buffer.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JVM", e);
    }
  }
}
