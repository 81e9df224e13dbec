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
    assertThat(info.out())
        .contains("create category and note")
        .contains("keep note counts") // the script for MySQL and MariaDB, not H2's
        .contains("Success");

    assertThat(DbCommandOutput.run(url, "drop").exitCode()).isEqualTo(2);
    DbCommandOutput dropped = DbCommandOutput.run(url, "drop", "--yes");
    assertThat(dropped.exitCode()).as(dropped.err()).isZero();
    assertThat(DbCommandOutput.run(url, "info").out()).contains("Pending");
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
