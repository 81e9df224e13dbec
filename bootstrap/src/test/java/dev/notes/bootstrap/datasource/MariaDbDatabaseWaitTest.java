package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import dev.notes.bootstrap.testing.Await;
import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.ServiceProcess;
import dev.notes.bootstrap.testing.TcpProxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting while MariaDB is down and it comes up during the wait: the service (the jar's main, in a
 * JVM of its own) reaches MariaDB through a TCP proxy that refuses connections at first and is
 * opened once the service has said it is waiting; the service then starts and serves, Flyway having
 * migrated the empty database.
 */
@MariaDb
class MariaDbDatabaseWaitTest {

  private static final String DATABASE = "notes_test_startup";

  @TempDir Path workingDirectory;

  private TcpProxy proxy;

  @BeforeEach
  void databaseDown() {
    MariaDbServer.freshJdbcUrl(DATABASE);
    int databasePort = URI.create(MariaDbServer.baseUrl().substring("jdbc:".length())).getPort();
    proxy = new TcpProxy(databasePort);
    proxy.stop();
  }

  @AfterEach
  void closeProxy() {
    proxy.close();
  }

  @Test
  void givenDatabaseDownAtStart_comingUpDuringTheWait_serviceStartsAndServes() throws Exception {
    String url =
        "jdbc:mysql://127.0.0.1:"
            + proxy.port()
            + "/"
            + DATABASE
            + "?createDatabaseIfNotExist=true";
    int port = ServiceProcess.freePort();
    try (ServiceProcess service =
        ServiceProcess.start(
            workingDirectory,
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + MariaDbServer.USERNAME,
            "--spring.datasource.password=" + MariaDbServer.PASSWORD,
            "--notes.startup.database-wait=60s",
            // The test class path's logback-test.xml keeps to warnings; the "answered" line is
            // INFO.
            "--logging.level.dev.notes.bootstrap.datasource=INFO",
            "--server.port=" + port)) {

      awaitLine(service, "Waiting for the database at " + url, 60);
      Thread.sleep(2_000);
      proxy.start();

      HttpApi api = service.awaitHealthy(port, 120);
      assertThat(api.post("/api/categories", "{\"name\":\"startup\"}").status()).isEqualTo(201);
      // One line per failed attempt, then one saying which attempt got an answer.
      List<String> waiting = service.linesContaining("Waiting for the database at " + url);
      assertThat(waiting)
          .as(service.output())
          .isNotEmpty()
          .allSatisfy(line -> assertThat(line).contains("Connection refused"));
      for (int attempt = 1; attempt <= waiting.size(); attempt++) {
        assertThat(waiting.get(attempt - 1)).contains("(attempt " + attempt + ", ");
      }
      assertThat(service.linesContaining("The database at " + url + " answered"))
          .as(service.output())
          .singleElement()
          .asString()
          .contains("(attempt " + (waiting.size() + 1) + ")");
      assertThat(service.output()).doesNotContain("Could not reach");
    }
  }

  private static void awaitLine(ServiceProcess service, String text, long seconds)
      throws InterruptedException {
    Await.until(
        () -> !service.linesContaining(text).isEmpty() || !service.isAlive(),
        Duration.ofSeconds(seconds),
        Duration.ofMillis(100));
    assertThat(service.linesContaining(text))
        .as("waited for: " + text + "; the service's output:\n" + service.output())
        .isNotEmpty();
  }
}
