package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.HttpApi.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Round trips per request, as MariaDB's general log sees them from the service's connections: what
 * each write needs for its answer and its atomicity, and nothing more (docs/performance.md lists
 * the same counts). Each kind of request runs once before it is counted, so that prepared
 * statements are cached as in a running service.
 */
@MariaDb
@SpringBootTest(
    classes = NotesApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementsPerRequestOnMariaDbTest {

  private static final String DATABASE = "notes_test_statements";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  HttpApi api;

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> MariaDbServer.freshJdbcUrl(DATABASE));
    registry.add("spring.datasource.username", () -> MariaDbServer.USERNAME);
    registry.add("spring.datasource.password", () -> MariaDbServer.PASSWORD);
  }

  /**
   * HikariCP fills its pool in the background after start; a connection it opens while a request is
   * counted would put Connector/J's set-up statements in the log. Counting starts on a full pool.
   */
  @BeforeEach
  void connectOnceThePoolIsFull() throws SQLException, InterruptedException {
    api = new HttpApi(port);
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    HikariPoolMXBean connections = pool.getHikariPoolMXBean();
    for (int wait = 0;
        connections.getTotalConnections() < pool.getMaximumPoolSize() && wait < 300;
        wait++) {
      Thread.sleep(100);
    }
    assertThat(connections.getTotalConnections())
        .as("connections in the pool before counting")
        .isEqualTo(pool.getMaximumPoolSize());
  }

  @Test
  void postNoteWithoutCategory_isOneInsert() throws SQLException {
    assertThat(statementsOf(() -> api.post("/api/notes", "{\"text\":\"uncategorized\"}")))
        .singleElement()
        .asString()
        .startsWith("INSERT INTO note");
  }

  /** The note's foreign key, not a transaction, refuses a category deleted since the read. */
  @Test
  void postNoteInACategoryById_readsTheCategoryThenInsertsWithoutATransaction()
      throws SQLException {
    long category = api.post("/api/categories", name()).id();

    assertThat(
            statementsOf(
                () -> api.post("/api/notes", "{\"text\":\"t\",\"categoryId\":" + category + "}")))
        .satisfiesExactly(
            read -> assertThat(read).startsWith("SELECT"),
            insert -> assertThat(insert).startsWith("INSERT INTO note"));
  }

  /** A plain read of the category, no write to it: hot categories do not conflict on Galera. */
  @Test
  void postNoteByTheNameOfAnExistingCategory_readsItAndInsertsInOneTransaction()
      throws SQLException {
    String body = "{\"text\":\"t\",\"categoryName\":\"" + freshName() + "\"}";

    assertThat(statementsOf(() -> api.post("/api/notes", body)))
        .hasSize(5)
        .filteredOn(statement -> statement.startsWith("INSERT"))
        .singleElement()
        .asString()
        .startsWith("INSERT INTO note");
  }

  @Test
  void postNoteByANewCategoryName_insertsBothInOneTransaction() throws SQLException {
    assertThat(
            statementsOf(
                () ->
                    api.post(
                        "/api/notes", "{\"text\":\"t\",\"categoryName\":\"" + freshName() + "\"}")))
        .hasSize(6);
  }

  @Test
  void putNote_isSixStatements() throws SQLException {
    long note = api.post("/api/notes", "{\"text\":\"before\"}").id();
    long category = api.post("/api/categories", name()).id();

    assertThat(
            statementsOf(
                () ->
                    api.put(
                        "/api/notes/" + note,
                        "{\"text\":\"after "
                            + UUID.randomUUID()
                            + "\",\"categoryId\":"
                            + category
                            + "}")))
        .hasSize(6);
  }

  @Test
  void deleteNote_isOneDelete() throws SQLException {
    Iterator<Long> notes = List.of(newNote(), newNote()).iterator();

    assertThat(statementsOf(() -> api.delete("/api/notes/" + notes.next())))
        .singleElement()
        .asString()
        .startsWith("DELETE FROM note");
  }

  @Test
  void deleteNoteWithIfMatch_readsItForChangeAndDeletesInOneTransaction() throws SQLException {
    Iterator<Long> notes = List.of(newNote(), newNote()).iterator();

    assertThat(statementsOf(() -> api.delete("/api/notes/" + notes.next(), "\"0\""))).hasSize(5);
  }

  /** The notes' foreign key refuses a category with notes: no count before the delete. */
  @Test
  void deleteCategory_isOneDelete() throws SQLException {
    Iterator<Long> categories = List.of(newCategory(), newCategory()).iterator();

    assertThat(statementsOf(() -> api.delete("/api/categories/" + categories.next())))
        .singleElement()
        .asString()
        .startsWith("DELETE FROM category");
  }

  @Test
  void deleteCategoryWithIfMatch_readsItForChangeAndDeletesInOneTransaction() throws SQLException {
    Iterator<Long> categories = List.of(newCategory(), newCategory()).iterator();

    assertThat(statementsOf(() -> api.delete("/api/categories/" + categories.next(), "\"0\"")))
        .hasSize(5);
  }

  private long newCategory() {
    return api.post("/api/categories", name()).id();
  }

  private long newNote() {
    return api.post("/api/notes", "{\"text\":\"to be deleted\"}").id();
  }

  @Test
  void postCategoryAndEveryRead_areOneStatementEach() throws SQLException {
    long note = api.post("/api/notes", "{\"text\":\"read me\"}").id();

    assertThat(statementsOf(() -> api.post("/api/categories", name()))).hasSize(1);
    assertThat(statementsOf(() -> api.get("/api/notes/" + note))).hasSize(1);
    assertThat(statementsOf(() -> api.get("/api/notes?limit=5"))).hasSize(1);
    assertThat(statementsOf(() -> api.get("/api/categories?limit=5"))).hasSize(1);
  }

  @Test
  void textSearch_isTwoSelects_whereToStopReadingAndThePage() throws SQLException {
    api.post("/api/notes", "{\"text\":\"find me\"}");

    assertThat(statementsOf(() -> api.get("/api/notes?q=find&limit=5")))
        .hasSize(2)
        .allSatisfy(statement -> assertThat(statement).startsWith("SELECT"));
  }

  private static String name() {
    return "{\"name\":\"" + freshName() + "\"}";
  }

  private static String freshName() {
    return "s" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The statements the service sent while the request ran (once warmed up by a first run), from
   * MariaDB's general log: queries and executions of prepared statements, in order.
   */
  private static List<String> statementsOf(Supplier<Response> request) throws SQLException {
    assertThat(request.get().status()).as("warm-up run").isLessThan(300);
    try (Connection log =
        DriverManager.getConnection(
            MariaDbServer.baseUrl(), MariaDbServer.USERNAME, MariaDbServer.PASSWORD)) {
      logWhile(log, scalar(log, "SELECT @@GLOBAL.log_output"), request);
      String serviceConnects =
          "SELECT COUNT(*) FROM mysql.general_log WHERE command_type = 'Connect'"
              + " AND CONVERT(argument USING utf8mb4) LIKE '% on "
              + DATABASE
              + " %'";
      assertThat(scalar(log, serviceConnects))
          .as("connections the service opened while the request was counted")
          .isEqualTo("0");
      return serviceStatements(log);
    }
  }

  private static void logWhile(Connection log, String output, Supplier<Response> request)
      throws SQLException {
    try (Statement sql = log.createStatement()) {
      sql.execute("SET GLOBAL general_log = OFF");
      sql.execute("SET GLOBAL log_output = 'TABLE'");
      sql.execute("TRUNCATE TABLE mysql.general_log");
      sql.execute("SET GLOBAL general_log = ON");
      try {
        assertThat(request.get().status()).as("counted run").isLessThan(300);
      } finally {
        sql.execute("SET GLOBAL general_log = OFF");
        sql.execute("SET GLOBAL log_output = '" + output + "'");
      }
    }
  }

  /**
   * Only the service's own connections, those on its database: other clients of the same server (a
   * benchmark, another build) are not counted. The general log also lists the statements of the
   * triggers that keep note counts, which run inside the statement that fired them and are no round
   * trip: they are left out.
   */
  private static List<String> serviceStatements(Connection log) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (PreparedStatement read =
        log.prepareStatement(
            "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log g"
                + " WHERE command_type IN ('Query', 'Execute')"
                + " AND thread_id IN (SELECT id FROM information_schema.processlist"
                + "   WHERE db = '"
                + DATABASE
                + "')"
                + " AND NOT EXISTS (SELECT 1 FROM information_schema.triggers t"
                + "   WHERE TRIM(t.action_statement) = TRIM(CONVERT(g.argument USING utf8mb4)))"
                + " ORDER BY event_time")) {
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          statements.add(rows.getString(1).strip());
        }
      }
    }
    return statements;
  }

  private static String scalar(Connection connection, String query) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }
}
