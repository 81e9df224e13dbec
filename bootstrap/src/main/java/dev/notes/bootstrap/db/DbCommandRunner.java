package dev.notes.bootstrap.db;

import dev.notes.bootstrap.datasource.JdbcUrls;
import java.io.PrintStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.CleanResult;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Carries out one db command with the service's Flyway configuration and reports in plain lines.
 */
class DbCommandRunner {

  private final Flyway flyway;
  private final String databaseUrl;

  DbCommandRunner(Flyway flyway, DataSourceProperties dataSource) {
    this.flyway = flyway;
    this.databaseUrl = JdbcUrls.withoutSecrets(dataSource.determineUrl());
  }

  int run(DbCommand command, PrintStream out, PrintStream err) {
    try {
      switch (command) {
        case MIGRATE -> migrate(out);
        case INFO -> info(out);
        case DROP -> drop(out);
      }
      return DbCommandLine.OK;
    } catch (RuntimeException failure) {
      err.println(
          "notes db "
              + command.word()
              + ": failed on "
              + databaseUrl
              + ": "
              + JdbcUrls.withoutSecrets(JdbcUrls.rootMessage(failure)));
      return DbCommandLine.FAILED;
    }
  }

  private void migrate(PrintStream out) {
    MigrateResult result = flyway.migrate();
    out.printf(
        "notes db migrate: %s is at schema version %s (%d migration%s applied now)%n",
        databaseUrl,
        currentVersion(),
        result.migrationsExecuted,
        result.migrationsExecuted == 1 ? "" : "s");
  }

  private void info(PrintStream out) {
    MigrationInfo[] migrations = flyway.info().all();
    out.println("notes db info: " + databaseUrl);
    out.printf("%-8s %-40s %-10s %s%n", "version", "description", "state", "installed on");
    for (MigrationInfo migration : migrations) {
      out.printf(
          "%-8s %-40s %-10s %s%n",
          migration.getVersion() == null ? "" : migration.getVersion().getVersion(),
          migration.getDescription(),
          migration.getState().getDisplayName(),
          migration.getInstalledOn() == null ? "" : migration.getInstalledOn().toInstant());
    }
  }

  private void drop(PrintStream out) {
    CleanResult result = flyway.clean();
    out.printf(
        "notes db drop: dropped every table of %s (%s)%n",
        databaseUrl, String.join(", ", result.schemasCleaned));
  }

  private String currentVersion() {
    MigrationInfo current = flyway.info().current();
    return current == null || current.getVersion() == null
        ? "none"
        : current.getVersion().getVersion();
  }
}
