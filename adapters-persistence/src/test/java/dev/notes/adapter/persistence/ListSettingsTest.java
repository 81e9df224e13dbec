package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How many lists are read at once is a setting of the adapter; nonsense stops the start. */
class ListSettingsTest {

  private final ApplicationContextRunner adapter =
      AdapterContext.on("jdbc:h2:mem:notes_list_settings;MODE=MySQL");

  @Test
  void givenNoSetting_tenListsAreReadAtOnce_andAListWaitsAtMostTwoAndAHalfSeconds() {
    adapter.run(
        context -> {
          ListSettings settings = context.getBean(ListSettings.class);
          assertThat(settings.atOnce()).isEqualTo(10);
          assertThat(settings.maxWait()).isEqualTo(Duration.ofMillis(2500));
        });
  }

  @Test
  void givenSettings_theyAreBoundAsGiven() {
    adapter
        .withPropertyValues(
            "notes.persistence.lists.at-once=3", "notes.persistence.lists.max-wait=0s")
        .run(
            context -> {
              ListSettings settings = context.getBean(ListSettings.class);
              assertThat(settings.atOnce()).isEqualTo(3);
              assertThat(settings.maxWait()).isZero();
            });
  }

  @ParameterizedTest
  @CsvSource({"at-once, 0", "at-once, -2", "at-once, ten", "max-wait, -1s", "max-wait, soon"})
  void givenNonsense_theAdapterDoesNotStart_namingTheSetting(String setting, String nonsense) {
    adapter
        .withPropertyValues("notes.persistence.lists." + setting + "=" + nonsense)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("notes.persistence.lists." + setting);
            });
  }
}
