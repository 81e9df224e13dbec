package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.ServiceProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    int port = ServiceProcess.freePort();
    List<Long> acknowledged = new ArrayList<>();

    try (ServiceProcess first = ServiceProcess.start(workingDirectory, "--server.port=" + port)) {
      HttpApi api = first.awaitHealthy(port, 120);
      for (int i = 0; i < 10; i++) {
        HttpApi.Response created = api.post("/api/notes", "{\"text\":\"note " + i + "\"}");
        assertThat(created.status()).isEqualTo(201);
        acknowledged.add(created.id());
      }
    } // closing kills the process (destroyForcibly): no shutdown hook runs

    try (ServiceProcess second = ServiceProcess.start(workingDirectory, "--server.port=" + port)) {
      HttpApi api = second.awaitHealthy(port, 120);
      for (long id : acknowledged) {
        assertThat(api.get("/api/notes/" + id).status()).as("note " + id).isEqualTo(200);
      }
    }
  }
}
