package dev.notes.bootstrap.db;

import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that failed in Flyway gets Spring Boot's failure report with a way on: Flyway's own
 * message ends "run repair", naming a command line the jar does not ship; {@code db repair} is the
 * jar's. Registered in {@code META-INF/spring.factories}.
 */
public final class FailedMigrationAnalyzer extends AbstractFailureAnalyzer<FlywayException> {

  static final String ACTION =
      "Run 'java -jar notes.jar db info' with the same SPRING_DATASOURCE_* settings to see which"
          + " migration failed. Fix its cause (on MySQL or MariaDB with binary logging, a refused"
          + " CREATE TRIGGER: see the README on the database user), then run 'db repair' and start"
          + " the service again.";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, FlywayException cause) {
    return new FailureAnalysis(
        "The database schema could not be migrated: " + cause.getMessage().strip(), ACTION, cause);
  }
}
