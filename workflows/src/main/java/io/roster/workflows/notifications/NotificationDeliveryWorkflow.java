package io.roster.workflows.notifications;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Delivers every undelivered notification_outbox row (activations, expiries, notices) to the
 * configured webhook, or logs them without one; retries a failing webhook with backoff until it
 * answers. Each row is delivered once per success. Started by the worker's delivery schedule {@code
 * roster-notification-delivery}; returns how many rows it delivered.
 */
@WorkflowInterface
public interface NotificationDeliveryWorkflow {

  @WorkflowMethod
  long deliver(DeliveryRequest request);
}
