package dev.notes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.datasource.DatabaseRefusedAnalyzer;
import dev.notes.bootstrap.db.FailedMigrationAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The service's start-up failure analyzers are where Spring Boot looks for them. */
class StartUpFailureAnalyzersTest {

  @Test
  void springBootFindsEachOfThem() {
    // Boot's own analyzers that need constructor arguments are skipped, not failed on
    SpringFactoriesLoader.FailureHandler skipOthers = (type, implementation, failure) -> {};

    assertThat(
            SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, null, skipOthers))
        .hasAtLeastOneElementOfType(FailedMigrationAnalyzer.class)
        .hasAtLeastOneElementOfType(DatabaseRefusedAnalyzer.class);
  }
}
