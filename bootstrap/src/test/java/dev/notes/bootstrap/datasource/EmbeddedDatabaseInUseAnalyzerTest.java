package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class EmbeddedDatabaseInUseAnalyzerTest {

  @Test
  void givenTheH2FileOpenInAnotherProcess_theReportSaysSo_andHowToGoOn() {
    SQLException locked =
        new SQLException(
            "Database may be already in use: \"/srv/notes/data/notes.mv.db\". Possible solutions:"
                + " close all other connection(s); use the server mode [90020-240]",
            "90020",
            EmbeddedDatabaseInUseAnalyzer.H2_DATABASE_ALREADY_OPEN);
    Throwable startUp = new BeanCreationException("flyway", "Failed", locked);

    FailureAnalysis analysis = new EmbeddedDatabaseInUseAnalyzer().analyze(startUp);

    assertThat(analysis.getDescription())
        .startsWith("The embedded H2 database is open in another process")
        .contains("/srv/notes/data/notes.mv.db");
    assertThat(analysis.getAction()).contains("Stop the other process");
  }

  @Test
  void anyOtherDatabaseFailure_isLeftToSpringBoot() {
    SQLException refused = new SQLException("Access denied", "28000", 1045);

    assertThat(new EmbeddedDatabaseInUseAnalyzer().analyze(new IllegalStateException(refused)))
        .isNull();
  }

  @Test
  void springBootFindsTheAnalyzer() {
    // Boot's own analyzers that need constructor arguments are skipped, not failed on
    SpringFactoriesLoader.FailureHandler skipOthers = (type, implementation, failure) -> {};
    assertThat(
            SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, null, skipOthers))
        .hasAtLeastOneElementOfType(EmbeddedDatabaseInUseAnalyzer.class);
  }
}
