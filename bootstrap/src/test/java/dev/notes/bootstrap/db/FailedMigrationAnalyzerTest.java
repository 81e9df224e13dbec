package dev.notes.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

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

  @Test
  void springBootFindsTheAnalyzer() {
    // Boot's own analyzers that need constructor arguments are skipped, not failed on
    SpringFactoriesLoader.FailureHandler skipOthers = (type, implementation, failure) -> {};
    assertThat(
            SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, null, skipOthers))
        .hasAtLeastOneElementOfType(FailedMigrationAnalyzer.class);
  }
}
