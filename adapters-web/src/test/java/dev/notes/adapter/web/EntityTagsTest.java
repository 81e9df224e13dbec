package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

class EntityTagsTest {

  @Test
  void givenAVersion_of_isTheStrongQuotedTag() {
    assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
  }

  @Test
  void givenAStrongTag_expectedVersion_isItsNumber() {
    assertThat(EntityTags.expectedVersion(" \"12\" ")).isEqualTo(OptionalLong.of(12));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"*", " * ", ""})
  void givenNoTagOrStar_expectedVersion_isAny(String ifMatch) {
    assertThat(EntityTags.expectedVersion(ifMatch)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "W/\"3\"",
        "3",
        "\"3",
        "\"-1\"",
        "\"03\"",
        "\"3\", \"4\"",
        "\"abc\"",
        "\"99999999999999999999\""
      })
  void givenATagThatCanNeverMatchStrongly_expectedVersion_failsWith412(String ifMatch) {
    assertThatThrownBy(() -> EntityTags.expectedVersion(ifMatch))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            failed -> assertThat(failed.getStatusCode().value()).isEqualTo(412));
  }
}
