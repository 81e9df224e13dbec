package dev.notes.bootstrap;

import dev.notes.bootstrap.db.DbCommandLine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/** What the service's own command line takes: {@code --name=value} options, and help. */
final class ServiceArguments {

  static final String USAGE =
      """
      usage: java [JVM options] -jar notes.jar [--name=value ...]   serve the API
             java -jar notes.jar db <command> [--spring.datasource.url=...]
      Settings are --name=value options or environment variables (see the README);
      JVM options such as -Xmx go before -jar. For the db commands: db --help""";

  /**
   * The exit code for arguments the service does not take, or empty when it may start: the service
   * reads only {@code --name=value} options, and would ignore any other word, start, listen and
   * migrate. So {@code DB info}, {@code db-migrate} or a JVM option after {@code -jar} would start
   * a second instance instead of doing what was meant; they are refused, and help is printed.
   */
  static OptionalInt refuseWhatTheServiceDoesNotTake(
      String[] args, PrintStream out, PrintStream err) {
    if (Arrays.stream(args).anyMatch(DbCommandLine.HELP::contains)) {
      out.println(USAGE);
      return OptionalInt.of(DbCommandLine.OK);
    }
    Optional<String> word = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst();
    if (word.isEmpty()) {
      return OptionalInt.empty();
    }
    err.println(
        "db".equals(word.get())
            // a db command takes only the database's settings, so only --spring.* may precede it
            ? "notes: only --spring.* options may come before 'db'; the db commands take no other"
            : "notes: '"
                + word.get()
                + "' is not an option of the service (options are --name=value) nor a command");
    err.println(USAGE);
    return OptionalInt.of(DbCommandLine.USAGE);
  }

  private ServiceArguments() {}
}
