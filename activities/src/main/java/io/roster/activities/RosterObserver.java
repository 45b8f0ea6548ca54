package io.roster.activities;

import io.roster.activities.sweeps.SweepKind;
import io.roster.db.events.AppendObserver;
import io.roster.db.events.StoredEvent;
import java.util.List;

/**
 * What the activities report once it is committed, for metrics: events a command appended, events a
 * sweep batch appended, and each onboarded or refused staff member. The worker counts them with
 * Micrometer; this module stays free of any metrics library. Implementations must be cheap and
 * never throw.
 */
public interface RosterObserver extends AppendObserver {

  /** Reports nothing. */
  RosterObserver NONE = new RosterObserver() {};

  /** Outcome label of an onboarded member. */
  String SUCCEEDED = "succeeded";

  /** Outcome label of a refused member. */
  String FAILED = "failed";

  @Override
  default void committed(List<StoredEvent> events) {}

  /** A sweep batch of {@code kind} committed {@code count} events (set-based, in SQL). */
  default void sweepEvents(SweepKind kind, long count) {}

  /** A staff member's outcome was committed: {@link #SUCCEEDED} or {@link #FAILED}. */
  default void onboardingMember(String outcome) {}
}
