package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bound of a text search is a setting of the adapter, and nonsense stops the start. */
class NoteSearchSettingsTest {

  private static final String SETTING = "notes.persistence.search.max-notes-read";

  private final ApplicationContextRunner adapter =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  MybatisAutoConfiguration.class))
          .withUserConfiguration(PersistenceConfiguration.class)
          .withPropertyValues("spring.datasource.url=jdbc:h2:mem:notes_settings;MODE=MySQL");

  @Test
  void givenNoSetting_aSearchReadsAtMostTenThousandNotes() {
    adapter.run(
        context ->
            assertThat(context.getBean(NoteSearchSettings.class).maxNotesRead()).isEqualTo(10_000));
  }

  @Test
  void givenASetting_aSearchReadsAtMostThatManyNotes() {
    adapter
        .withPropertyValues(SETTING + "=250")
        .run(
            context ->
                assertThat(context.getBean(NoteSearchSettings.class).maxNotesRead())
                    .isEqualTo(250));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "ten"})
  void givenNonsense_theAdapterDoesNotStart_namingTheSetting(String nonsense) {
    adapter
        .withPropertyValues(SETTING + "=" + nonsense)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("notes.persistence.search.max-notes-read");
            });
  }
}
