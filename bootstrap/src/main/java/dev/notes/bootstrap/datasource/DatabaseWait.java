package dev.notes.bootstrap.datasource;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Start-up against a database that is not up yet: before anything else starts (no context, no pool,
 * no Flyway), the service tries to connect to {@code spring.datasource.url} every {@value
 * #INTERVAL_SECONDS} s, logging one line per failed attempt, until the database answers or {@value
 * #PROPERTY} (default 60 s; 0 = do not wait) has passed. Then it starts as before (Flyway
 * migrates), or fails with one line naming the database, its password masked ({@link
 * DatabaseUnreachable}, exit code 1, no failure report: see {@link DatabaseUnreachableReporter}). A
 * URL that no driver in the jar accepts fails the same way at once, whatever the wait.
 *
 * <p>"Answers" means any answer from the server within the connect timeout, also for its greeting:
 * only connection failures (SQL state {@code 08...}) are waited out; a refused login or a missing
 * database is the normal start-up's to report. The embedded H2 database is never waited for.
 *
 * <p>Registered by {@code NotesApplication.main} only: the {@code db} commands and tests that start
 * the application themselves do not wait.
 */
public final class DatabaseWait
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  public static final String PROPERTY = "notes.startup.database-wait";
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
  static final long INTERVAL_SECONDS = 2;

  private static final Log LOG = LogFactory.getLog(DatabaseWait.class);

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    Environment environment = event.getEnvironment();
    Duration wait = Binder.get(environment).bind(PROPERTY, Duration.class).orElse(DEFAULT_WAIT);
    String url = environment.getProperty("spring.datasource.url");
    if (url == null || JdbcUrls.isEmbeddedH2(url)) { // there as soon as the service is
      return;
    }
    Driver driver = driverFor(url);
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    Properties connection = new Properties();
    putIfPresent(connection, "user", environment.getProperty("spring.datasource.username"));
    putIfPresent(connection, "password", environment.getProperty("spring.datasource.password"));
    if (MySqlDriverDefaults.isMySql(url)) {
      MySqlDriverDefaults.putAttemptTimeouts(url, connection);
    }
    await(driver, url, connection, wait);
  }

  private static void await(Driver driver, String url, Properties connection, Duration wait) {
    String printableUrl = JdbcUrls.withoutSecrets(url);
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      long attemptStart = System.nanoTime();
      String failure = connectionFailure(driver, url, connection);
      if (failure == null) {
        if (attempt > 1) {
          LOG.info("The database at " + printableUrl + " answered (attempt " + attempt + ")");
        }
        return;
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (elapsed.compareTo(wait) >= 0) {
        String line =
            String.format(
                "Could not reach the database at %s within %d s (%d attempts, %s): %s",
                printableUrl, wait.toSeconds(), attempt, PROPERTY, failure);
        LOG.error(line);
        throw new DatabaseUnreachable(line);
      }
      LOG.warn(
          String.format(
              "Waiting for the database at %s (attempt %d, %d s of %d s): %s",
              printableUrl, attempt, elapsed.toSeconds(), wait.toSeconds(), failure));
      // attempts start every interval: one that waited out its timeout has used its pause already
      Duration untilNext =
          Duration.ofSeconds(INTERVAL_SECONDS).minusNanos(System.nanoTime() - attemptStart);
      Duration left = wait.minus(elapsed);
      sleep(untilNext.compareTo(left) < 0 ? untilNext : left);
    }
  }

  /**
   * A URL that no driver in the jar accepts would otherwise fail deep in the pool's start, under a
   * hundred lines of stack trace; waiting for it would change nothing either.
   */
  private static Driver driverFor(String url) {
    try {
      return DriverManager.getDriver(url);
    } catch (SQLException noDriver) {
      String line =
          "Cannot use the database at " + JdbcUrls.withoutSecrets(url) + ": " + JdbcUrls.NO_DRIVER;
      LOG.error(line);
      throw new DatabaseUnreachable(line);
    }
  }

  /** Null when the database answered; else why not, in one line without secrets. */
  private static String connectionFailure(Driver driver, String url, Properties connection) {
    try {
      Connection answered = driver.connect(url, connection);
      if (answered != null) {
        answered.close();
      }
      return null;
    } catch (SQLException failure) {
      return isConnectionFailure(failure)
          ? JdbcUrls.withoutSecrets(JdbcUrls.rootMessage(failure))
          : null;
    }
  }

  private static boolean isConnectionFailure(SQLException failure) {
    String state = failure.getSQLState();
    return state != null && state.startsWith("08");
  }

  private static void putIfPresent(Properties properties, String name, String value) {
    if (value != null) {
      properties.setProperty(name, value);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(Math.max(0, duration.toMillis()));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", interrupted);
    }
  }

  /**
   * The service did not start: no driver for the database's URL, or the database did not answer in
   * time (already logged).
   */
  public static final class DatabaseUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseUnreachable(String message) {
      super(message, null, false, false);
    }
  }
}
