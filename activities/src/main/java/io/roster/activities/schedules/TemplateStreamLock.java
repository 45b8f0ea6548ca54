package io.roster.activities.schedules;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The transaction lock of one schedule template's stream. Every assignment to a template appends to
 * its one stream, so concurrent assignments would race for its next version and retry, and under
 * enough of them run out of retries; taking this lock before reading the version makes them queue
 * instead. Held until the transaction ends; taking it again in the same transaction is free.
 */
public final class TemplateStreamLock {

  private TemplateStreamLock() {}

  public static void take(Handle handle, UUID templateId) {
    handle
        .createUpdate("SELECT pg_advisory_xact_lock(hashtextextended(:stream, 0))")
        .bind("stream", "schedule/" + templateId)
        .execute();
  }
}
