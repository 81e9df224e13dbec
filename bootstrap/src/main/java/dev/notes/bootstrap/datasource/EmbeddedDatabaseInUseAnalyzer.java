package dev.notes.bootstrap.datasource;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that found the embedded H2 database open in another process (a second {@code java
 * -jar} in the same directory, or the service still running there) gets a short report and a way
 * on, instead of a chain of twelve bean-creation failures ending in H2's "The file is locked".
 * Registered in {@code META-INF/spring.factories}.
 */
public final class EmbeddedDatabaseInUseAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
  static final int H2_DATABASE_ALREADY_OPEN = 90020;

  static final String ACTION =
      "Stop the other process (another Notes instance, or a db command, started in the same"
          + " directory), or start this one in another directory (the embedded database is"
          + " ./data/ under the working directory), or point SPRING_DATASOURCE_URL at MySQL or"
          + " MariaDB, which any number of instances can share.";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    if (cause.getErrorCode() != H2_DATABASE_ALREADY_OPEN) {
      return null;
    }
    return new FailureAnalysis(
        "The embedded H2 database is open in another process; H2 lets one process at a time use"
            + " a database file. "
            + cause.getMessage().lines().findFirst().orElse(""),
        ACTION,
        cause);
  }
}
