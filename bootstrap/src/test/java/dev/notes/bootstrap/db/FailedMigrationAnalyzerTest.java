package dev.notes.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class FailedMigrationAnalyzerTest {

  @Test
  void aStartUpThatFailedInFlyway_isReportedWithTheJarsWayOn() {
    FlywayException flyway =
        new FlywayException("Detected failed migration to version 3 (keep note counts).");
    Throwable startUp = new BeanCreationException("flywayInitializer", "Failed", flyway);

    FailureAnalysis analysis = new FailedMigrationAnalyzer().analyze(startUp);

    assertThat(analysis.getDescription())
        .isEqualTo(
            "The database schema could not be migrated:"
                + " Detected failed migration to version 3 (keep note counts).");
    assertThat(analysis.getAction()).contains("db info").contains("db repair");
  }

  @Test
  void anyOtherStartUpFailure_isLeftToSpringBoot() {
    assertThat(new FailedMigrationAnalyzer().analyze(new IllegalStateException("port in use")))
        .isNull();
  }
}
