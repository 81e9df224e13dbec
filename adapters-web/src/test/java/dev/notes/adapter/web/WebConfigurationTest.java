package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

class WebConfigurationTest {

  /** Spring Boot reports this exception at start-up in a few lines that name the setting. */
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void givenABlankCursorSecret_cursorCodec_failsNamingTheSetting(String secret) {
    assertThatThrownBy(() -> new WebConfiguration().cursorCodec(secret))
        .isInstanceOfSatisfying(
            InvalidConfigurationPropertyValueException.class,
            invalid -> assertThat(invalid.getName()).isEqualTo("notes.web.cursor-secret"));
  }
}
