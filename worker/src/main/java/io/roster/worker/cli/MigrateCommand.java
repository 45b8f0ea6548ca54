package io.roster.worker.cli;

import io.roster.db.DatabaseSettings;
import io.roster.db.Migrations;
import io.roster.db.RosterDatabase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Applies the migrations to the configured database and exits. */
@Command(name = "migrate", description = "Apply the database migrations and exit.")
public final class MigrateCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    try (var database = RosterDatabase.open(DatabaseSettings.fromEnvironment(System.getenv()), 2)) {
      var result = Migrations.apply(database.dataSource());
      System.out.printf(
          "applied %d migrations, schema at version %s%n",
          result.migrationsExecuted, result.targetSchemaVersion);
      return 0;
    }
  }
}
