package dev.notes.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The MariaDB server that tests use, and a JDBC URL for one database of it per test suite.
 *
 * <p>The server is {@value #DEFAULT_URL} (user {@value #USERNAME}, empty password) unless the
 * system property {@value #URL_PROPERTY} names another: a {@code jdbc:mysql:} URL ending in {@code
 * /}, to which the database name is appended. The root pom passes that property to every test JVM.
 * Give each suite a database of its own ({@code notes_test_persistence}, {@code notes_test_e2e},
 * ...) so that modules tested in parallel never share tables.
 */
public final class MariaDbServer {

  public static final String URL_PROPERTY = "notes.test.mariadb.url";
  public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/";
  public static final String USERNAME = "root";
  public static final String PASSWORD = "";
  public static final String START_COMMAND =
      "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";

  /** Dropping is only ever allowed on a database whose name says it belongs to a test. */
  private static final Pattern TEST_DATABASE = Pattern.compile("notes_test_[a-z0-9_]+");

  private static final Set<String> FRESH = new HashSet<>();
  private static Optional<String> unreachable;

  private MariaDbServer() {}

  public static String baseUrl() {
    return System.getProperty(URL_PROPERTY, DEFAULT_URL);
  }

  /** The URL of a suite's database, created by the driver on the first connection. */
  public static String jdbcUrl(String databaseName) {
    return baseUrl() + requireTestDatabase(databaseName) + "?createDatabaseIfNotExist=true";
  }

  /**
   * Like {@link #jdbcUrl}, but the database is dropped the first time this JVM asks for it, so a
   * suite starts from an empty schema whatever an earlier, perhaps interrupted, run left behind.
   */
  public static synchronized String freshJdbcUrl(String databaseName) {
    if (FRESH.add(requireTestDatabase(databaseName))) {
      try (Connection server = connectToServer();
          Statement statement = server.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + databaseName);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test database " + databaseName, e);
      }
    }
    return jdbcUrl(databaseName);
  }

  /** Why the server does not answer, or empty when it does; asked once per JVM. */
  public static synchronized Optional<String> unreachableReason() {
    if (unreachable == null) {
      try (Connection ignored = connectToServer()) {
        unreachable = Optional.empty();
      } catch (SQLException e) {
        unreachable = Optional.of(e.getMessage());
      }
    }
    return unreachable;
  }

  private static Connection connectToServer() throws SQLException {
    return DriverManager.getConnection(baseUrl() + "?connectTimeout=3000", USERNAME, PASSWORD);
  }

  private static String requireTestDatabase(String databaseName) {
    if (!TEST_DATABASE.matcher(databaseName).matches()) {
      throw new IllegalArgumentException(
          "a test database name matches " + TEST_DATABASE + ", was " + databaseName);
    }
    return databaseName;
  }
}
