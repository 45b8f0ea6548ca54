package io.roster.worker.cli;

import io.roster.db.DatabaseSettings;
import io.roster.db.Jdbis;
import io.roster.db.Migrations;
import io.roster.db.RosterDatabase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Replays every event into empty projections and exits. */
@Command(
    name = "rebuild-projections",
    description =
        "Empty every projection and replay all events (rebuild_projections()), then exit.")
public final class RebuildProjectionsCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    try (var database = RosterDatabase.open(DatabaseSettings.fromEnvironment(System.getenv()), 2)) {
      Migrations.apply(database.dataSource());
      long events =
          Jdbis.create(database.dataSource())
              .inTransaction(
                  h -> h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one());
      System.out.printf("replayed %d events into the projections%n", events);
      return 0;
    }
  }
}
