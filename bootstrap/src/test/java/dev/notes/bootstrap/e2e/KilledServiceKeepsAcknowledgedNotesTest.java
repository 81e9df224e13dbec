package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost, even when the process dies without shutting down: the service runs
 * as a separate JVM with its default configuration (the H2 file database under ./data/), is killed
 * right after answering 201s, and started again.
 */
class KilledServiceKeepsAcknowledgedNotesTest {

  @TempDir Path workingDirectory;

  @Test
  void givenNotesAcknowledged_killingTheProcessAndRestarting_keepsEveryOne() throws Exception {
    int port = freePort();
    List<Long> acknowledged = new ArrayList<>();

    Process first = start(port);
    try {
      HttpApi api = awaitReady(first, port);
      for (int i = 0; i < 10; i++) {
        HttpApi.Response created = api.post("/api/notes", "{\"text\":\"note " + i + "\"}");
        assertThat(created.status()).isEqualTo(201);
        acknowledged.add(created.id());
      }
    } finally {
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    Process second = start(port);
    try {
      HttpApi api = awaitReady(second, port);
      for (long id : acknowledged) {
        assertThat(api.get("/api/notes/" + id).status()).as("note " + id).isEqualTo(200);
      }
    } finally {
      second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private Process start(int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            NotesApplication.class.getName(),
            "--server.port=" + port)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workingDirectory.resolve("service.log").toFile())
        .start();
  }

  private HttpApi awaitReady(Process process, int port) throws InterruptedException {
    HttpApi api = new HttpApi(port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the service started (see service.log)").isTrue();
      try {
        if (api.get("/actuator/health").status() == 200) {
          return api;
        }
      } catch (UncheckedIOException notListeningYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the service did not start within 120 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
