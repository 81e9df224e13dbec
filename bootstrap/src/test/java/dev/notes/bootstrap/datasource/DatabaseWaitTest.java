package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.testing.ServiceProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting while the database is down, and it stays down: the jar's main (in a JVM of its own)
 * waits up to {@value DatabaseWait#PROPERTY}, one line per attempt, then exits 1 with one line
 * naming the database, password masked, and no failure report. The database that comes up during
 * the wait is in {@link MariaDbDatabaseWaitTest}.
 */
class DatabaseWaitTest {

  @TempDir Path workingDirectory;

  /** A port nothing listens on: connections are refused, as by a host whose database is down. */
  private final String downUrl =
      "jdbc:mysql://127.0.0.1:" + ServiceProcess.freePort() + "/notes_test_startup";

  @Test
  void givenDatabaseThatDoesNotAnswer_pastTheDeadline_exitsNonZeroWithOneLineNamingIt()
      throws Exception {
    try (ServiceProcess service =
        ServiceProcess.start(
            workingDirectory,
            "--spring.datasource.url=" + downUrl + "?password=s3cret",
            "--notes.startup.database-wait=3s",
            "--server.port=0")) {

      int exitCode = service.awaitExit(90);

      String output = service.output();
      assertThat(exitCode).as(output).isEqualTo(1);
      assertThat(
              service.linesContaining("Waiting for the database at " + downUrl + "?password=***"))
          .as(output)
          .isNotEmpty();
      assertThat(service.linesContaining("Could not reach the database"))
          .as(output)
          .singleElement()
          .asString()
          .contains(downUrl + "?password=***")
          .contains("within 3 s");
      assertThat(output)
          .doesNotContain("s3cret")
          .doesNotContain("\tat ")
          .doesNotContain("Exception")
          .doesNotContain("APPLICATION FAILED TO START")
          .doesNotContain("Application run failed");
    }
  }

  /** A host that accepts connections and never says a word: each attempt must give up too. */
  @Test
  void givenDatabaseThatAcceptsButNeverGreets_pastTheDeadline_exitsNonZeroWithOneLineNamingIt()
      throws Exception {
    try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Silence silence = new Silence(blackHole)) {
      String silentUrl =
          "jdbc:mysql://127.0.0.1:" + blackHole.getLocalPort() + "/notes_test_startup";
      try (ServiceProcess service =
          ServiceProcess.start(
              workingDirectory,
              "--spring.datasource.url=" + silentUrl,
              "--notes.startup.database-wait=3s",
              "--server.port=0")) {

        int exitCode = service.awaitExit(90);

        String output = service.output();
        assertThat(exitCode).as(output).isEqualTo(1);
        assertThat(service.linesContaining("Could not reach the database"))
            .as(output)
            .singleElement()
            .asString()
            .contains(silentUrl)
            .contains("within 3 s");
        assertThat(silence.accepted()).as("attempts that reached the host").isPositive();
      }
    }
  }

  @Test
  void givenUrlThatNoShippedDriverAccepts_exitsAtOnceWithOneLineNamingTheDriversNotesShips()
      throws Exception {
    String otherDbms = "jdbc:postgresql://127.0.0.1:" + ServiceProcess.freePort() + "/notes";
    try (ServiceProcess service =
        ServiceProcess.start(
            workingDirectory,
            "--spring.datasource.url=" + otherDbms + "?password=s3cret",
            "--notes.startup.database-wait=60s",
            "--server.port=0")) {

      int exitCode = service.awaitExit(90);

      String output = service.output();
      assertThat(exitCode).as(output).isEqualTo(1);
      assertThat(service.linesContaining("Cannot use the database"))
          .as(output)
          .singleElement()
          .asString()
          .contains(otherDbms + "?password=***")
          .contains("no JDBC driver for this URL")
          .contains("jdbc:mysql:", "jdbc:h2:");
      assertThat(service.linesContaining("Waiting for the database"))
          .as("waited, with 60 s allowed")
          .isEmpty();
      assertThat(output)
          .doesNotContain("s3cret")
          .doesNotContain("\tat ")
          .doesNotContain("APPLICATION FAILED TO START")
          .doesNotContain("Application run failed");
    }
  }

  @Test
  void givenNoWait_databaseThatDoesNotAnswer_failsAsBeforeWithoutWaiting() throws Exception {
    try (ServiceProcess service =
        ServiceProcess.start(
            workingDirectory,
            "--spring.datasource.url=" + downUrl,
            "--notes.startup.database-wait=0",
            "--server.port=0")) {

      int exitCode = service.awaitExit(90);

      assertThat(exitCode).as(service.output()).isNotZero();
      assertThat(service.linesContaining("Waiting for the database")).isEmpty();
    }
  }

  /** Accepts every connection and holds it open without a byte, until closed. */
  private static final class Silence implements AutoCloseable {

    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    Silence(ServerSocket server) {
      acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(server.accept());
                  }
                } catch (IOException closed) {
                  // the server socket was closed: the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int accepted() {
      return held.size();
    }

    @Override
    public void close() throws IOException {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
