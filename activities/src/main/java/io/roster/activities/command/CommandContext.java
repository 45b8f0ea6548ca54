package io.roster.activities.command;

import io.roster.db.events.EventIds;
import io.roster.db.events.EventStore;
import io.roster.db.events.StreamRef;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What a command's decision sees: the transaction it reads in, who runs it, and the checks every
 * command shares (authorization at a scope, no self-modification, deterministic new ids).
 */
public final class CommandContext {

  private final Handle handle;
  private final CommandMeta meta;
  private final EventStore store;

  CommandContext(Handle handle, CommandMeta meta, EventStore store) {
    this.handle = handle;
    this.meta = meta;
    this.store = store;
  }

  public Handle handle() {
    return handle;
  }

  public CommandMeta meta() {
    return meta;
  }

  public <T> T attach(Class<T> queries) {
    return handle.attach(queries);
  }

  /** The version of a stream now: pass it to {@link Decision#expecting}. */
  public int streamVersion(StreamRef stream) {
    return store.streamVersion(handle, stream);
  }

  /**
   * A new entity id derived from the idempotency key, so a retried command that had not committed
   * creates the same entity again rather than a second one.
   */
  public UUID newId(String name) {
    return EventIds.uuidV5(EventIds.NAMESPACE, meta.idempotencyKey() + "/" + name);
  }

  /** The id the event at {@code index} of this command's append will have. */
  public UUID eventId(int index) {
    return EventIds.eventId(meta.idempotencyKey(), index);
  }

  /**
   * Whether the actor holds {@code permission} at {@code targetPath} now; the system always does.
   */
  public boolean hasPermission(String permission, String targetPath) {
    if (meta.isSystem()) {
      return true;
    }
    return handle
        .createQuery(
            "SELECT has_effective_permission(:actor, :permission, CAST(:path AS ltree), now())")
        .bind("actor", meta.actorId())
        .bind("permission", permission)
        .bind("path", targetPath)
        .mapTo(Boolean.class)
        .one();
  }

  /** Whether the actor holds {@code permission} at some scope, in any organization. */
  public boolean hasPermissionAnywhere(String permission) {
    if (meta.isSystem()) {
      return true;
    }
    return handle
        .createQuery(
            """
            SELECT EXISTS (
                SELECT 1 FROM get_user_active_roles(:actor, NULL, now()) r
                JOIN role_permissions_projection rp ON rp.role_id = r.role_id
                JOIN permissions_projection p ON p.id = rp.permission_id
                WHERE p.name = :permission)
            """)
        .bind("actor", meta.actorId())
        .bind("permission", permission)
        .mapTo(Boolean.class)
        .one();
  }

  /** Refuses with {@code not_authorized} unless the actor holds the permission at the path. */
  public void authorize(String permission, String targetPath) {
    if (!hasPermission(permission, targetPath)) {
      throw Failures.notAuthorized(
          "not_authorized",
          "actor %s lacks permission %s at scope %s"
              .formatted(meta.actorId(), permission, targetPath));
    }
  }

  /** Refuses with {@code self_modification} when the actor is the user being changed. */
  public void forbidSelf(UUID userId, String what) {
    if (userId.equals(meta.actorId())) {
      throw Failures.notAuthorized(
          "self_modification", "nobody may " + what + " for themselves (user " + userId + ")");
    }
  }
}
