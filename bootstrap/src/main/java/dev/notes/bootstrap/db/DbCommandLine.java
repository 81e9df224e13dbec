package dev.notes.bootstrap.db;

import dev.notes.bootstrap.datasource.JdbcUrls;
import dev.notes.bootstrap.datasource.MySqlDriverDefaults;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar notes.jar db migrate|info|repair|drop [--yes]}: the original design's {@code
 * create_db}, {@code init_db} and {@code drop_db}. Starts a small Spring context (configuration and
 * the data source, no web server, no automatic migration), runs one command and returns its exit
 * code: 0 done (or the usage asked for with {@code --help}), 1 failed, 2 refused or misused.
 */
public final class DbCommandLine {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      """
      usage: java -jar notes.jar db <command> [--spring.datasource.url=...]
        migrate      create the database when missing and apply pending migrations
        info         list applied, pending and failed migrations
        repair       forget failed migrations (after fixing their cause), so migrate retries them
        drop --yes   drop every table of the database (refuses without --yes)
      The database is the one the service uses: SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD,
      or the embedded H2 file database under ./data/ when none is set.""";

  /** The words that ask for the usage, of the service or of the db commands. */
  public static final List<String> HELP = List.of("--help", "-h", "help");

  private DbCommandLine() {}

  /** {@code db} is the first word that is not a {@code --spring.*} option: they may come first. */
  public static boolean isDbCommand(String[] args) {
    return Arrays.stream(args).filter(arg -> !arg.startsWith("--spring.")).findFirst().stream()
        .anyMatch("db"::equals);
  }

  /** Runs {@code args} (starting with {@code db}); never throws, never calls System.exit. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> words =
        Arrays.stream(args).filter(arg -> !arg.startsWith("--spring.")).skip(1).toList();
    if (words.size() == 1 && HELP.contains(words.get(0))) {
      out.println(USAGE_TEXT);
      return OK;
    }
    Optional<DbCommand> command = DbCommand.parse(words);
    if (command.isEmpty()) {
      err.println("notes db: " + DbCommand.misuse(words));
      err.println(USAGE_TEXT);
      return USAGE;
    }
    if (command.get() == DbCommand.DROP && !words.contains("--yes")) {
      err.println(
          "notes db drop: refused: this drops every table and all notes in them; "
              + "run 'db drop --yes' to confirm");
      return USAGE;
    }
    String[] springArgs =
        Arrays.stream(args).filter(arg -> arg.startsWith("--spring.")).toArray(String[]::new);
    try (ConfigurableApplicationContext context = start(command.get(), springArgs)) {
      return context.getBean(DbCommandRunner.class).run(command.get(), out, err);
    } catch (RuntimeException startFailure) {
      err.println(
          "notes db "
              + command.get().word()
              + ": cannot use "
              + JdbcUrls.withoutSecrets(configuredUrl(springArgs))
              + ": "
              + JdbcUrls.rootMessage(startFailure));
      return FAILED;
    }
  }

  /**
   * The URL as the operator gave it, for a message when the context could not even start (so
   * Spring's resolved value is not available): argument first, then environment, as Spring reads
   * them.
   */
  private static String configuredUrl(String[] springArgs) {
    String argument = "--spring.datasource.url=";
    return Arrays.stream(springArgs)
        .filter(arg -> arg.startsWith(argument))
        .map(arg -> arg.substring(argument.length()))
        .reduce((first, last) -> last)
        .or(() -> Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL")))
        .orElse("the embedded H2 database under ./data/");
  }

  private static ConfigurableApplicationContext start(DbCommand command, String[] springArgs) {
    return new SpringApplicationBuilder(DbCommandConfiguration.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(
            Map.of(
                "spring.flyway.clean-disabled",
                String.valueOf(command != DbCommand.DROP),
                // Only migrate creates a missing database; info and drop look at what is there.
                MySqlDriverDefaults.CREATE_DATABASE_PROPERTY,
                String.valueOf(command == DbCommand.MIGRATE),
                // The command reports what happened itself, failures in one line; the libraries'
                // own warnings and stack traces would bury it.
                "logging.level.root",
                "ERROR",
                "logging.level.org.springframework.boot.SpringApplication",
                "OFF",
                "logging.level.com.zaxxer.hikari",
                "OFF",
                // its ERROR for a failed migration says "restore backups": the command's own line
                // says what failed and how to go on (db repair)
                "logging.level.org.flywaydb",
                "OFF",
                // Spring Boot's start-up failure report, in the service's words: ours is one line
                "logging.level.org.springframework.boot.diagnostics",
                "OFF"))
        .run(springArgs);
  }
}
