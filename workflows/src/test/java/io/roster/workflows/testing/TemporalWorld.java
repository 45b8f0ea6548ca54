package io.roster.workflows.testing;

import io.roster.db.testing.TestDatabase;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Temporal's test environment (time skipping on) over a fresh database, with one worker on the task
 * queue {@value #TASK_QUEUE} that the caller fills with real workflows and activities.
 */
public final class TemporalWorld implements AutoCloseable {

  public static final String TASK_QUEUE = "roster";

  public final TestDatabase db;
  public final TestWorkflowEnvironment env;
  public final Worker worker;
  private final boolean ownsDatabase;

  /** Over a fresh database of its own. */
  public TemporalWorld(Instant initialTime, Consumer<TemporalWorld> register) {
    this(TestDatabase.fresh(), true, initialTime, register);
  }

  /** Over a database the caller owns and closes. */
  public TemporalWorld(TestDatabase db, Instant initialTime, Consumer<TemporalWorld> register) {
    this(db, false, initialTime, register);
  }

  private TemporalWorld(
      TestDatabase db,
      boolean ownsDatabase,
      Instant initialTime,
      Consumer<TemporalWorld> register) {
    this.db = db;
    this.ownsDatabase = ownsDatabase;
    var options = TestEnvironmentOptions.newBuilder();
    if (initialTime != null) {
      options.setInitialTime(initialTime);
    }
    env = TestWorkflowEnvironment.newInstance(options.build());
    worker = env.newWorker(TASK_QUEUE);
    register.accept(this);
    env.start();
  }

  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  public <T> T newWorkflow(Class<T> type, String workflowId) {
    return client()
        .newWorkflowStub(
            type,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TASK_QUEUE)
                .setWorkflowId(workflowId)
                .build());
  }

  @Override
  public void close() {
    env.close();
    if (ownsDatabase) {
      db.close();
    }
  }
}
