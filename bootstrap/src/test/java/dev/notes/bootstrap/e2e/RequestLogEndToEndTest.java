package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.testing.Await;
import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.ServiceProcess;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request log as an operator reads it: the service in a JVM of its own whose standard output is
 * a file, where the console log is written without a lock per line ({@code DirectConsoleAppender}),
 * and many requests at once. Every request has its line, and every line is whole.
 */
class RequestLogEndToEndTest {

  private static final int THREADS = 16;
  private static final int REQUESTS_EACH = 25;
  private static final String LINE =
      "^\\S+ +INFO \\d+ --- \\[notes] \\[.{15}] d\\.n\\.a\\.web\\.guard\\.RequestLoggingFilter +:"
          + " GET /api/notes/9\\d\\d 404 \\d+ms$";

  @TempDir Path workingDirectory;

  @Test
  void manyRequestsAtOnce_eachGetOneWholeLineInTheLog() throws Exception {
    int port = ServiceProcess.freePort();
    try (ServiceProcess service =
        ServiceProcess.start(
            workingDirectory,
            "--server.port=" + port,
            "--logging.level.dev.notes.bootstrap.logging=DEBUG")) {
      HttpApi api = service.awaitHealthy(port, 120);
      assertThat(service.linesContaining("the console log is written by DirectConsoleAppender"))
          .hasSize(1);

      Concurrently.run(
          THREADS,
          () -> {
            for (int i = 0; i < REQUESTS_EACH; i++) {
              assertThat(api.get("/api/notes/" + (900 + i)).status()).isEqualTo(404);
            }
            return null;
          });

      List<String> lines = awaitLines(service, THREADS * REQUESTS_EACH);
      assertThat(lines).hasSize(THREADS * REQUESTS_EACH).allMatch(line -> line.matches(LINE));
    }
  }

  @Test
  void aMethodNoEndpointTakes_isOneRequestLine_andNoWarning() throws Exception {
    int port = ServiceProcess.freePort();
    try (ServiceProcess service = ServiceProcess.start(workingDirectory, "--server.port=" + port)) {
      HttpApi api = service.awaitHealthy(port, 120);

      int status =
          api.send(
                  api.request("/api/notes/1")
                      .method("PATCH", java.net.http.HttpRequest.BodyPublishers.noBody()))
              .status();

      assertThat(status).isEqualTo(405);
      assertLoggedOnce(service, "PATCH /api/notes/1 405");
      assertThat(service.linesContaining(" WARN ")).noneMatch(line -> line.contains("PATCH"));
    }
  }

  /** Tomcat logs the first unparsable request of a run at INFO, with a stack trace: not here. */
  @Test
  void aHeaderTooLargeForTomcat_isOneRequestLine_andNoStackTrace() throws Exception {
    int port = ServiceProcess.freePort();
    try (ServiceProcess service = ServiceProcess.start(workingDirectory, "--server.port=" + port)) {
      HttpApi api = service.awaitHealthy(port, 120);

      int status = api.send(api.request("/api/notes").header("X-Big", "a".repeat(9000))).status();

      assertThat(status).isEqualTo(400);
      assertLoggedOnce(service, "GET /api/notes 400");
      assertThat(service.linesContaining("Http11Processor")).isEmpty();
      assertThat(service.linesContaining("\tat ")).isEmpty();
    }
  }

  /** Tomcat answers a body that stops arriving with 408; nothing more is logged for it. */
  @Test
  void aBodyThatStalls_is408AndOneRequestLine_andNoWarning() throws Exception {
    int port = ServiceProcess.freePort();
    try (ServiceProcess service =
        ServiceProcess.start(
            workingDirectory, "--server.port=" + port, "--server.tomcat.connection-timeout=1s")) {
      service.awaitHealthy(port, 120);

      String answer;
      try (Socket socket = new Socket("localhost", port)) {
        socket.setSoTimeout(10_000);
        socket
            .getOutputStream()
            .write(
                ("POST /api/notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"text\":\"a")
                    .getBytes(StandardCharsets.US_ASCII));
        answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }

      assertThat(answer).startsWith("HTTP/1.1 408").contains("did not arrive in time");
      assertLoggedOnce(service, "POST /api/notes 408");
      assertThat(service.linesContaining(" WARN ")).noneMatch(line -> line.contains("-exec-"));
    }
  }

  /** Its request log line, once: awaited, since a client may have its answer before it. */
  private static void assertLoggedOnce(ServiceProcess service, String line)
      throws InterruptedException {
    Await.until(
        () -> !service.linesContaining(line).isEmpty(),
        Duration.ofSeconds(10),
        Duration.ofMillis(100));
    assertThat(service.linesContaining(line)).hasSize(1);
  }

  /** A client may have its answer just before the line is written: the last lines may lag. */
  private static List<String> awaitLines(ServiceProcess service, int expected)
      throws InterruptedException {
    Await.until(
        () -> service.linesContaining("/api/notes/9").size() >= expected,
        Duration.ofSeconds(10),
        Duration.ofMillis(100));
    return service.linesContaining("/api/notes/9");
  }
}
