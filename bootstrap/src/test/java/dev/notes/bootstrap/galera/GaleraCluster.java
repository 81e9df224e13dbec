package dev.notes.bootstrap.galera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real 3-node MariaDB Galera cluster on loopback ports, run by the repository's {@code
 * ops/galera.sh} under a directory of the test's own: the script that docs/scale-out.md tells
 * people to use, so the tests also keep it working. Ports apart from the script's defaults, so a
 * cluster someone started by hand is left alone.
 */
final class GaleraCluster implements AutoCloseable {

  static final int CLIENT_PORT = 23306;
  private static final int GROUP_PORT = 24567;
  private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");

  private final Path script;
  private final Path directory;

  private GaleraCluster(Path script, Path directory) {
    this.script = script;
    this.directory = directory;
  }

  /** Why no cluster can be started here, if none can: galera-4 or the server is missing. */
  static String unavailableReason() {
    if (!Files.isRegularFile(PROVIDER)) {
      return "galera-4 is not installed (no " + PROVIDER + "); apt-get install galera-4";
    }
    if (!Files.isExecutable(Path.of("/usr/sbin/mariadbd"))) {
      return "mariadb-server is not installed (no /usr/sbin/mariadbd)";
    }
    return "";
  }

  /** Starts the three nodes and waits until all are Synced in one cluster. */
  static GaleraCluster start(Path repository, Path directory) {
    GaleraCluster cluster = new GaleraCluster(repository.resolve("ops/galera.sh"), directory);
    cluster.run(180, "start");
    return cluster;
  }

  /**
   * Connector/J's failover URL to the three nodes, {@code first} first (where it connects), as
   * {@code ops/galera.sh url} prints it.
   */
  String url(int first) {
    StringBuilder hosts = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      int node = (first - 1 + i) % 3 + 1;
      hosts.append(i == 0 ? "" : ",").append("127.0.0.1:").append(clientPort(node));
    }
    return "jdbc:mysql://"
        + hosts
        + "/notes?failOverReadOnly=false"
        + "&queriesBeforeRetrySource=0&secondsBeforeRetrySource=0"
        + "&sessionVariables=wsrep_sync_wait=1,innodb_lock_wait_timeout=5";
  }

  static int clientPort(int node) {
    return CLIENT_PORT + node - 1;
  }

  void kill(int node) {
    run(30, "kill", String.valueOf(node));
  }

  void restart(int node) {
    run(180, "restart", String.valueOf(node));
  }

  @Override
  public void close() {
    run(120, "destroy");
  }

  private String run(long seconds, String... command) {
    Path output = directory.resolveSibling(directory.getFileName() + "-script.log");
    List<String> line = new java.util.ArrayList<>(List.of("bash", script.toString()));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    Map<String, String> environment = builder.environment();
    environment.put("GALERA_DIR", directory.toString());
    environment.put("GALERA_PORT", String.valueOf(CLIENT_PORT));
    environment.put("GALERA_GCOMM_PORT", String.valueOf(GROUP_PORT));
    try {
      Process process = builder.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "ops/galera.sh "
                + String.join(" ", command)
                + " took over "
                + seconds
                + " s:\n"
                + read(output));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "ops/galera.sh " + String.join(" ", command) + " failed:\n" + read(output));
      }
      return read(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
