package dev.notes.bootstrap.db;

import dev.notes.bootstrap.datasource.JdbcUrls;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.CleanResult;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.RepairResult;
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
        case INFO -> {
          return info(out, err);
        }
        case REPAIR -> repair(out);
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
              + JdbcUrls.withoutSecrets(JdbcUrls.rootMessage(failure))
              + repairHint());
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

  /**
   * Lists the migrations; fails when one is recorded as failed, since neither the service nor
   * {@code db migrate} starts until it is repaired, and a pipeline that checks the schema must
   * notice.
   */
  private int info(PrintStream out, PrintStream err) {
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
    String failed = repairHint();
    if (failed.isEmpty()) {
      return DbCommandLine.OK;
    }
    err.println("notes db info: " + databaseUrl + failed);
    return DbCommandLine.FAILED;
  }

  /**
   * Flyway's repair: removes failed migrations from the schema history (and realigns the checksums
   * of applied ones). Flyway records a failed migration on MySQL and MariaDB, whose DDL cannot be
   * rolled back, and refuses every later migrate and start-up until it is gone.
   */
  private void repair(PrintStream out) {
    RepairResult result = flyway.repair();
    out.printf(
        "notes db repair: %s: %s; schema version %s%n",
        databaseUrl,
        result.migrationsRemoved.isEmpty()
            ? "no failed migration to remove"
            : "removed the failed "
                + result.migrationsRemoved.stream()
                    .map(removed -> removed.version + " (" + removed.description + ")")
                    .collect(Collectors.joining(", "))
                + ": db migrate applies it again",
        currentVersion());
  }

  /**
   * What to do when the schema history holds a failed migration: Flyway's own advice names its
   * command line, which the jar does not ship; the jar's {@code db repair} does the same.
   */
  private String repairHint() {
    try {
      return Arrays.stream(flyway.info().all())
          .filter(migration -> migration.getState().isFailed())
          .findFirst()
          .map(
              failed ->
                  "; migration "
                      + failed.getVersion()
                      + " ("
                      + failed.getDescription()
                      + ") is recorded as failed: fix its cause, remove anything it left half"
                      + " done, then run db repair and db migrate")
          .orElse("");
    } catch (RuntimeException cannotTell) {
      return ""; // the database cannot be read either: the failure above says why
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
