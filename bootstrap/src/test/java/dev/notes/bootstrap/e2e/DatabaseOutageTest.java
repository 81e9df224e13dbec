package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.Await;
import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.HttpApi.Response;
import dev.notes.bootstrap.testing.TcpProxy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database going away for real: the service reaches MariaDB through a TCP proxy that the test
 * cuts (connections refused, open ones broken) and restores. While it is cut, requests answer 503
 * within a few seconds and health is DOWN; once it is back, the service serves again by itself.
 */
@MariaDb
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

  /** Far below the pool's default 30 s: a request must not hang while the database is away. */
  private static final Duration PROMPT = Duration.ofSeconds(8);

  private TcpProxy proxy;
  private ConfigurableApplicationContext service;
  private HttpApi api;

  @BeforeEach
  void startServiceBehindProxy() {
    MariaDbServer.freshJdbcUrl("notes_test_e2e_outage");
    int databasePort = URI.create(MariaDbServer.baseUrl().substring("jdbc:".length())).getPort();
    proxy = new TcpProxy(databasePort);
    String url =
        "jdbc:mysql://127.0.0.1:"
            + proxy.port()
            + "/notes_test_e2e_outage?createDatabaseIfNotExist=true";
    service =
        new SpringApplicationBuilder(NotesApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + MariaDbServer.USERNAME,
                "--spring.datasource.password=" + MariaDbServer.PASSWORD);
    api = new HttpApi(((WebServerApplicationContext) service).getWebServer().getPort());
  }

  @AfterEach
  void stop() {
    service.close();
    proxy.close();
  }

  @Test
  void givenDatabaseDown_requestsAnswer503Promptly_healthIsDown_andServiceRecoversByItself(
      CapturedOutput log) throws InterruptedException {
    long id = api.post("/api/notes", "{\"text\":\"before the outage\"}").id();

    proxy.stop();

    Response read = api.send(api.request("/api/notes/" + id).timeout(PROMPT).GET());
    assertThat(read.status()).as(read.toString()).isEqualTo(503);
    assertThat(read.contentType()).startsWith("application/problem+json");
    assertThat(read.body()).doesNotContain("Exception").doesNotContain("SQL");
    Response write =
        api.send(
            api.request("/api/notes")
                .timeout(PROMPT)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"lost?\"}")));
    assertThat(write.status()).isEqualTo(503);
    Response health = api.send(api.request("/actuator/health").timeout(PROMPT).GET());
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().get("status").asString()).isEqualTo("DOWN");
    assertThat(log.getOut())
        .contains("database health check failed: ")
        .doesNotContain("DataSource health check failed"); // Boot's, with a stack trace each

    proxy.start();

    assertThat(awaitStatus("/api/notes/" + id, 200, Duration.ofSeconds(20))).isTrue();
    assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    assertThat(api.get("/api/notes?q=lost").json().get("items")).isEmpty();
  }

  private boolean awaitStatus(String path, int status, Duration within)
      throws InterruptedException {
    return Await.until(
        () -> api.send(api.request(path).timeout(PROMPT).GET()).status() == status,
        within,
        Duration.ofMillis(250));
  }
}
