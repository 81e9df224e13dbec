package dev.notes.bootstrap.datasource;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that could not use the database (wrong credentials, a missing privilege, a database
 * gone since DatabaseWait saw it, an unwritable ./data/, the embedded H2 file open in another
 * process) gets Spring Boot's short report, with the database's own words and a way on, instead of
 * a dozen nested bean-creation failures. A database that does not answer when the service starts is
 * DatabaseWait's; a failed migration is {@code FailedMigrationAnalyzer}'s. Registered in {@code
 * META-INF/spring.factories}.
 */
public final class DatabaseRefusedAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
  static final int H2_DATABASE_ALREADY_OPEN = 90020;

  static final String FILE_IN_USE =
      "Stop the other process (another Notes instance, or a db command, started in the same"
          + " directory), or start this one in another directory (the embedded database is"
          + " ./data/ under the working directory), or point SPRING_DATASOURCE_URL at MySQL or"
          + " MariaDB, which any number of instances can share.";

  static final String CHECK_SETTINGS =
      "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, that"
          + " the database answers, and that the user has the privileges the README lists under"
          + " 'The database user'. For the embedded database (no SPRING_DATASOURCE_URL): that"
          + " ./data/ under the working directory can be created and written.";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    if (findCause(rootFailure, FlywayException.class) != null) {
      return null; // a migration failed: FailedMigrationAnalyzer says what to do
    }
    String said = JdbcUrls.withoutSecrets(JdbcUrls.rootMessage(cause));
    return cause.getErrorCode() == H2_DATABASE_ALREADY_OPEN
        ? new FailureAnalysis(
            "The embedded H2 database is open in another process; H2 lets one process at a time"
                + " use a database file. "
                + said,
            FILE_IN_USE,
            cause)
        : new FailureAnalysis(
            "The service could not use its database: " + said, CHECK_SETTINGS, cause);
  }
}
