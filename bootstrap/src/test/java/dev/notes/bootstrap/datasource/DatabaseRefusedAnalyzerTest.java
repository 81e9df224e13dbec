package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseRefusedAnalyzerTest {

  @Test
  void givenTheH2FileOpenInAnotherProcess_theReportSaysSo_andHowToGoOn() {
    SQLException locked =
        new SQLException(
            "Database may be already in use: \"/srv/notes/data/notes.mv.db\". Possible solutions:"
                + " close all other connection(s); use the server mode [90020-240]",
            "90020",
            DatabaseRefusedAnalyzer.H2_DATABASE_ALREADY_OPEN);
    Throwable startUp = new BeanCreationException("flyway", "Failed", locked);

    FailureAnalysis analysis = new DatabaseRefusedAnalyzer().analyze(startUp);

    assertThat(analysis.getDescription())
        .startsWith("The embedded H2 database is open in another process")
        .contains("/srv/notes/data/notes.mv.db");
    assertThat(analysis.getAction()).contains("Stop the other process");
  }

  @Test
  void givenCredentialsTheDatabaseRefuses_theReportQuotesIt_andNamesTheSettings() {
    SQLException refused =
        new SQLException(
            "Access denied for user 'notes'@'10.0.0.7' (using password: YES)", "28000", 1045);
    Throwable startUp = new BeanCreationException("flyway", "Failed", refused);

    FailureAnalysis analysis = new DatabaseRefusedAnalyzer().analyze(startUp);

    assertThat(analysis.getDescription())
        .isEqualTo(
            "The service could not use its database:"
                + " Access denied for user 'notes'@'10.0.0.7' (using password: YES)");
    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD");
  }

  @Test
  void aMigrationThatFailedOnAStatement_isLeftToTheMigrationReport() {
    SQLException refused = new SQLException("TRIGGER command denied", "42000", 1142);
    Throwable startUp = new IllegalStateException(new FlywayException("V3 failed", refused));

    assertThat(new DatabaseRefusedAnalyzer().analyze(startUp)).isNull();
  }

  @Test
  void aFailureWithoutSql_isLeftToSpringBoot() {
    assertThat(new DatabaseRefusedAnalyzer().analyze(new IllegalStateException("port in use")))
        .isNull();
  }
}
