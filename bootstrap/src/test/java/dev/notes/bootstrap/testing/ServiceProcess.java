package dev.notes.bootstrap.testing;

import dev.notes.bootstrap.NotesApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code NotesApplication.main} in a JVM of its own (it may exit), with the test class path, its
 * output (standard out and error together) in a file.
 */
public final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ServiceProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static ServiceProcess start(Path workingDirectory, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                NotesApplication.class.getName()));
    command.addAll(List.of(args));
    Path log = workingDirectory.resolve("service.log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new ServiceProcess(process, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit code, once the process has ended by itself within {@code seconds}. */
  public int awaitExit(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("the service did not exit within " + seconds + " s:\n" + output());
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> linesContaining(String text) {
    return output().lines().filter(line -> line.contains(text)).toList();
  }

  /** The service's API, once {@code /actuator/health} answers 200 within {@code seconds}. */
  public HttpApi awaitHealthy(int port, long seconds) throws InterruptedException {
    HttpApi api = new HttpApi(port);
    boolean healthy =
        Await.until(
            () -> {
              if (!process.isAlive()) {
                throw new AssertionError("the service ended while starting:\n" + output());
              }
              try {
                return api.get("/actuator/health").status() == 200;
              } catch (UncheckedIOException notListeningYet) {
                return false; // still starting
              }
            },
            Duration.ofSeconds(seconds),
            Duration.ofMillis(250));
    if (!healthy) {
      throw new AssertionError("the service did not start within " + seconds + " s:\n" + output());
    }
    return api;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
