package dev.notes.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The jar's {@code db} commands on a fresh embedded H2 file database, and their failures. The same
 * commands against MariaDB are in {@link MariaDbDbCommandsTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DbCommandsTest {

  @TempDir Path dataDir;

  private String h2Url() {
    return "jdbc:h2:file:" + dataDir.resolve("notes") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
  }

  @Test
  void givenFreshDatabase_migrate_createsTheSchemaAndExitsZero() throws IOException {
    DbCommandOutput migrated = DbCommandOutput.run(h2Url(), "migrate");

    int shipped = migrationsShippedForH2();
    assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    assertThat(migrated.out())
        .contains("schema version " + shipped)
        .contains(shipped + " migrations applied");
  }

  @Test
  void givenMigratedDatabase_migrateAgain_appliesNothing() {
    DbCommandOutput.run(h2Url(), "migrate");

    DbCommandOutput again = DbCommandOutput.run(h2Url(), "migrate");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 migrations applied");
  }

  @Test
  void givenMigratedDatabase_info_listsTheAppliedMigration() {
    DbCommandOutput.run(h2Url(), "migrate");

    DbCommandOutput info = DbCommandOutput.run(h2Url(), "info");

    assertThat(info.exitCode()).isZero();
    assertThat(info.out())
        .contains("create category and note")
        .contains("count notes per category")
        .contains("keep note counts")
        .contains("refuse notes in deleted categories")
        .contains("Success");
  }

  @Test
  void givenFreshDatabase_info_listsTheMigrationAsPendingWithoutApplyingIt() {
    DbCommandOutput info = DbCommandOutput.run(h2Url(), "info");

    assertThat(info.exitCode()).isZero();
    assertThat(info.out()).contains("Pending");
    assertThat(DbCommandOutput.run(h2Url(), "info").out()).contains("Pending");
  }

  @Test
  void withoutYes_drop_refusesWithExitCodeTwoAndSaysWhy() {
    DbCommandOutput.run(h2Url(), "migrate");

    DbCommandOutput refused = DbCommandOutput.run(h2Url(), "drop");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--yes");
    assertThat(DbCommandOutput.run(h2Url(), "info").out()).contains("Success");
  }

  @Test
  void withYes_drop_dropsEveryTable() {
    DbCommandOutput.run(h2Url(), "migrate");

    DbCommandOutput dropped = DbCommandOutput.run(h2Url(), "drop", "--yes");

    assertThat(dropped.exitCode()).as(dropped.err()).isZero();
    assertThat(DbCommandOutput.run(h2Url(), "info").out()).contains("Pending");
  }

  @Test
  void givenUnreachableDatabase_migrate_printsOneLineNamingTheUrlAndExitsNonZero(
      CapturedOutput console) {
    DbCommandOutput failed =
        DbCommandOutput.run("jdbc:mysql://127.0.0.1:1/notes?password=s3cret", "migrate");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err().strip().lines()).hasSize(1);
    assertThat(failed.err()).contains("jdbc:mysql://127.0.0.1:1/notes").doesNotContain("s3cret");
    assertThat(failed.out()).isEmpty();
    assertThat(console.getAll())
        .doesNotContain("APPLICATION FAILED TO START")
        .doesNotContain("\tat ");
  }

  @Test
  void givenUrlOfADatabaseWithoutDriver_info_printsOneLineNamingTheUrlAndExitsNonZero() {
    DbCommandOutput failed =
        DbCommandOutput.run("jdbc:postgresql://127.0.0.1/notes?password=s3cret", "info");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err().strip().lines()).hasSize(1);
    assertThat(failed.err())
        .contains("jdbc:postgresql://127.0.0.1/notes")
        .contains("no JDBC driver")
        .doesNotContain("s3cret");
    assertThat(failed.out()).doesNotContain("\tat ");
  }

  @Test
  void givenUnknownCommand_namesItAndPrintsUsageWithExitCodeTwo() {
    DbCommandOutput misused = DbCommandOutput.run(h2Url(), "frobnicate");

    assertThat(misused.exitCode()).isEqualTo(2);
    assertThat(misused.err())
        .startsWith("notes db: unknown command 'frobnicate'")
        .contains("usage:");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "drop -y       | drop takes only --yes, not -y",
        "info extra    | info takes no arguments, not extra",
        "migrate --yes | migrate takes no arguments, not --yes"
      })
  void givenAWordACommandDoesNotTake_namesItWithExitCodeTwo(String words, String misuse) {
    DbCommandOutput misused = DbCommandOutput.run(h2Url(), words.split(" "));

    assertThat(misused.exitCode()).isEqualTo(2);
    assertThat(misused.err()).startsWith("notes db: " + misuse);
  }

  @Test
  void givenNoCommand_saysSoWithExitCodeTwo() {
    DbCommandOutput misused = DbCommandOutput.run(h2Url());

    assertThat(misused.exitCode()).isEqualTo(2);
    assertThat(misused.err()).startsWith("notes db: no command given");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void givenHelp_printsUsageToStandardOutputWithExitCodeZero(String help) {
    DbCommandOutput asked = DbCommandOutput.run(h2Url(), help);

    assertThat(asked.exitCode()).isZero();
    assertThat(asked.out()).startsWith("usage:");
    assertThat(asked.err()).isEmpty();
  }

  @Test
  void givenAFailedMigrationInTheHistory_migrate_failsNamingItAndDbRepair() {
    recordTheLastMigrationAsFailed();

    DbCommandOutput refused = DbCommandOutput.run(h2Url(), "migrate");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err().strip().lines()).hasSize(1);
    assertThat(refused.err())
        .contains("migration 4 (refuse notes in deleted categories) is recorded as failed")
        .contains("run db repair and db migrate");
  }

  @Test
  void givenAFailedMigrationInTheHistory_repair_removesIt_andMigrateAppliesItAgain() {
    recordTheLastMigrationAsFailed();

    DbCommandOutput repaired = DbCommandOutput.run(h2Url(), "repair");
    DbCommandOutput migrated = DbCommandOutput.run(h2Url(), "migrate");

    assertThat(repaired.exitCode()).as(repaired.err()).isZero();
    assertThat(repaired.out())
        .contains("removed the failed 4 (refuse notes in deleted categories)")
        .contains("schema version 3");
    assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    assertThat(migrated.out()).contains("schema version 4 (1 migration applied now)");
  }

  @Test
  void givenNoFailedMigration_repair_changesNothing() {
    DbCommandOutput.run(h2Url(), "migrate");

    DbCommandOutput repaired = DbCommandOutput.run(h2Url(), "repair");

    assertThat(repaired.exitCode()).as(repaired.err()).isZero();
    assertThat(repaired.out()).contains("no failed migration to remove");
    assertThat(DbCommandOutput.run(h2Url(), "migrate").out()).contains("0 migrations applied");
  }

  @Test
  void givenOptionsBeforeDb_theDbCommandRunsAllTheSame() {
    DbCommandOutput.run(h2Url(), "migrate");
    String url = "--spring.datasource.url=" + h2Url();

    assertThat(DbCommandLine.isDbCommand(new String[] {url, "db", "info"})).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode =
        DbCommandLine.run(
            new String[] {url, "db", "info"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(exitCode).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("keep note counts");
  }

  /**
   * What MySQL and MariaDB leave after a migration fails (their DDL cannot be rolled back, so
   * Flyway records the failure); H2 rolls a failed migration back, so the row is written by hand.
   */
  private void recordTheLastMigrationAsFailed() {
    Flyway.configure()
        .dataSource(h2Url(), "sa", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target("3")
        .load()
        .migrate();
    JdbcTemplate jdbc =
        new JdbcTemplate(new SimpleDriverDataSource(new Driver(), h2Url(), "sa", ""));
    jdbc.update(
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success)"
            + " SELECT MAX(installed_rank) + 1, '4', 'refuse notes in deleted categories', 'SQL',"
            + " 'V4__refuse_notes_in_deleted_categories.sql', 0, 'sa', 0, FALSE"
            + " FROM flyway_schema_history");
  }

  /** Counted from the jar's class path, not kept by hand: versions run 1, 2, ... without gaps. */
  private static int migrationsShippedForH2() throws IOException {
    PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    return resources.getResources("classpath*:db/migration/V*.sql").length
        + resources.getResources("classpath*:db/vendor/h2/V*.sql").length;
  }
}
