package dev.notes.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's {@code db} commands against MariaDB, starting from a database that does not exist. */
@MariaDb
class MariaDbDbCommandsTest {

  private static final String DATABASE = "notes_test_dbcommands";
  private static final String REPAIRED = "notes_test_dbrepair";
  private static final String OWNER = "'notes_test_owner'@'%'";

  /** As an operator gives it: no createDatabaseIfNotExist in the URL, the service adds it. */
  private static List<String> database(String username, String password) {
    return List.of(
        "--spring.datasource.url=" + MariaDbServer.baseUrl() + DATABASE,
        "--spring.datasource.username=" + username,
        "--spring.datasource.password=" + password);
  }

  @Test
  void givenMissingDatabase_migrateInfoDrop_createMigrateListAndDropIt() throws SQLException {
    MariaDbServer.freshJdbcUrl(DATABASE);
    List<String> url = database(MariaDbServer.USERNAME, MariaDbServer.PASSWORD);
    assertThat(databaseExists()).isFalse();

    DbCommandOutput migrated = DbCommandOutput.run(url, "migrate");
    assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    assertThat(databaseExists()).isTrue();

    DbCommandOutput info = DbCommandOutput.run(url, "info");
    assertThat(info.exitCode()).as(info.err()).isZero();
    assertThat(info.out())
        .contains("create category and note")
        .contains("keep note counts") // the script for MySQL and MariaDB, not H2's
        .contains("Success");

    assertThat(DbCommandOutput.run(url, "drop").exitCode()).isEqualTo(2);
    DbCommandOutput dropped = DbCommandOutput.run(url, "drop", "--yes");
    assertThat(dropped.exitCode()).as(dropped.err()).isZero();
    DbCommandOutput pending = DbCommandOutput.run(url, "info");
    assertThat(pending.exitCode()).as(pending.err()).isZero();
    assertThat(pending.out()).contains("Pending");
  }

  @Test
  void givenMissingDatabase_info_failsWithoutCreatingIt() throws SQLException {
    dropDatabase();

    DbCommandOutput info =
        DbCommandOutput.run(database(MariaDbServer.USERNAME, MariaDbServer.PASSWORD), "info");

    assertThat(info.exitCode()).isEqualTo(1);
    assertThat(info.err()).contains(DATABASE);
    assertThat(databaseExists()).isFalse();
  }

  @Test
  void givenWrongPassword_migrate_printsOneLineWithoutThePasswordAndExitsNonZero() {
    DbCommandOutput failed = DbCommandOutput.run(database("nobody", "wrong-secret"), "migrate");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err().strip().lines()).hasSize(1);
    assertThat(failed.err()).contains(DATABASE).doesNotContain("wrong-secret");
  }

  /**
   * A real failed migration: MariaDB refuses V3's first CREATE TRIGGER to an owner without the
   * TRIGGER privilege (as MySQL 8 refuses it, with binary logging on, to one without SUPER). Flyway
   * records V3 as failed, db info fails naming it, and nothing migrates until db repair; then V3
   * applies in full.
   */
  @Test
  void givenAnOwnerWhoMayNotCreateTriggers_migrateFails_andAfterTheGrantRepairLetsItFinish()
      throws SQLException {
    asRoot(
        "DROP DATABASE IF EXISTS " + REPAIRED,
        "DROP USER IF EXISTS " + OWNER,
        "CREATE USER " + OWNER + " IDENTIFIED BY 'owner-secret'",
        "GRANT ALL PRIVILEGES ON " + REPAIRED + ".* TO " + OWNER,
        "REVOKE TRIGGER ON " + REPAIRED + ".* FROM " + OWNER);
    List<String> owner =
        List.of(
            "--spring.datasource.url=" + MariaDbServer.baseUrl() + REPAIRED,
            "--spring.datasource.username=notes_test_owner",
            "--spring.datasource.password=owner-secret");
    try {
      DbCommandOutput refused = DbCommandOutput.run(owner, "migrate");
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err())
          .contains("TRIGGER command denied")
          .contains("migration 3 (keep note counts) is recorded as failed")
          .contains("run db repair and db migrate");
      DbCommandOutput failedInfo = DbCommandOutput.run(owner, "info");
      assertThat(failedInfo.exitCode()).isEqualTo(1);
      assertThat(failedInfo.out()).contains("Failed");
      assertThat(failedInfo.err().strip().lines()).hasSize(1);
      assertThat(failedInfo.err())
          .contains(REPAIRED)
          .contains("migration 3 (keep note counts) is recorded as failed");

      asRoot("GRANT TRIGGER ON " + REPAIRED + ".* TO " + OWNER);
      DbCommandOutput stillRefused = DbCommandOutput.run(owner, "migrate");
      assertThat(stillRefused.exitCode()).isEqualTo(1);
      assertThat(stillRefused.err()).contains("run db repair and db migrate");

      DbCommandOutput repaired = DbCommandOutput.run(owner, "repair");
      assertThat(repaired.exitCode()).as(repaired.err()).isZero();
      assertThat(repaired.out()).contains("removed the failed 3 (keep note counts)");
      DbCommandOutput migrated = DbCommandOutput.run(owner, "migrate");
      assertThat(migrated.exitCode()).as(migrated.err()).isZero();
      assertThat(migrated.out()).contains("schema version 3 (1 migration applied now)");
      assertThat(triggersOf(REPAIRED)).isEqualTo(4);
      assertThat(DbCommandOutput.run(owner, "info").exitCode()).isZero();
    } finally {
      asRoot("DROP USER IF EXISTS " + OWNER, "DROP DATABASE IF EXISTS " + REPAIRED);
    }
  }

  private static void asRoot(String... statements) throws SQLException {
    try (Connection server =
            DriverManager.getConnection(
                MariaDbServer.baseUrl(), MariaDbServer.USERNAME, MariaDbServer.PASSWORD);
        Statement statement = server.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static int triggersOf(String database) throws SQLException {
    try (Connection server =
            DriverManager.getConnection(
                MariaDbServer.baseUrl(), MariaDbServer.USERNAME, MariaDbServer.PASSWORD);
        ResultSet count =
            server
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '"
                        + database
                        + "'")) {
      count.next();
      return count.getInt(1);
    }
  }

  private static void dropDatabase() throws SQLException {
    try (Connection server =
            DriverManager.getConnection(
                MariaDbServer.baseUrl(), MariaDbServer.USERNAME, MariaDbServer.PASSWORD);
        Statement statement = server.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }
  }

  private static boolean databaseExists() throws SQLException {
    try (Connection server =
            DriverManager.getConnection(
                MariaDbServer.baseUrl(), MariaDbServer.USERNAME, MariaDbServer.PASSWORD);
        ResultSet found = server.getMetaData().getCatalogs()) {
      while (found.next()) {
        if (DATABASE.equals(found.getString(1))) {
          return true;
        }
      }
      return false;
    }
  }
}
