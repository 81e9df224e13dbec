package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bound and budget of text searches are settings of the adapter; nonsense stops the start. */
class NoteSearchSettingsTest {

  private static final String SETTING = "notes.persistence.search.max-notes-read";

  private final ApplicationContextRunner adapter =
      AdapterContext.on("jdbc:h2:mem:notes_settings;MODE=MySQL");

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

  @Test
  void givenNoSetting_searchesTakeAtMost300MillisecondsPerSecond_fourAtOnce_andWaitAtMost20s() {
    adapter.run(
        context -> {
          NoteSearchSettings settings = context.getBean(NoteSearchSettings.class);
          assertThat(settings.timePerSecond()).isEqualTo(Duration.ofMillis(300));
          assertThat(settings.atOnce()).isEqualTo(4);
          assertThat(settings.maxWait()).isEqualTo(Duration.ofSeconds(20));
        });
  }

  @ParameterizedTest
  @CsvSource({
    "time-per-second, 0ms",
    "time-per-second, -1s",
    "max-wait, -1s",
    "max-wait, soon",
    "at-once, 0",
    "at-once, -1",
    "at-once, four"
  })
  void givenNonsenseForTheBudget_theAdapterDoesNotStart_namingTheSetting(
      String setting, String nonsense) {
    adapter
        .withPropertyValues("notes.persistence.search." + setting + "=" + nonsense)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("notes.persistence.search." + setting);
            });
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
