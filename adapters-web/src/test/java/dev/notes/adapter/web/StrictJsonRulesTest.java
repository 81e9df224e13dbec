package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 settings on their own; RequestBodyTest shows them through HTTP. */
class StrictJsonRulesTest {

  record Body(String text, Long categoryId, Boolean flag) {}

  private final JsonMapper strict = strictMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"text\": 5}",
        "{\"text\": 1.5}",
        "{\"text\": false}",
        "{\"categoryId\": \"5\"}",
        "{\"categoryId\": 5.7}",
        "{\"categoryId\": 5.0}",
        "{\"flag\": \"true\"}",
        "{\"flag\": 1}",
        "{\"other\": 1}",
        "{\"text\": \"a\", \"text\": \"b\"}",
        "{\"text\": \"a\"} x"
      })
  void givenAnythingButTheExactShape_read_fails(String json) {
    assertThatThrownBy(() -> strict.readValue(json, Body.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void givenTheExactShape_read_succeeds() {
    assertThat(strict.readValue("{\"text\": \"5\", \"categoryId\": 5, \"flag\": true}", Body.class))
        .isEqualTo(new Body("5", 5L, true));
  }

  @Test
  void givenJacksonsDefaults_read_wouldCoerce() {
    JsonMapper lenient = JsonMapper.builder().build();

    assertThat(lenient.readValue("{\"text\": 5, \"categoryId\": 5.7}", Body.class))
        .isEqualTo(new Body("5", 5L, null));
  }

  @Test
  void givenInstants_write_alwaysHasThreeFractionalDigitsAndZ() {
    List<Instant> instants =
        List.of(
            Instant.parse("2026-11-24T10:00:00Z"),
            Instant.parse("2026-11-24T10:00:00.1Z"),
            Instant.parse("2026-11-24T10:00:00.123456Z"));

    assertThat(strict.writeValueAsString(instants))
        .isEqualTo(
            "[\"2026-11-24T10:00:00.000Z\",\"2026-11-24T10:00:00.100Z\",\"2026-11-24T10:00:00.123Z\"]");
  }

  private static JsonMapper strictMapper() {
    JsonMapper.Builder builder = JsonMapper.builder();
    new StrictJsonRules().customize(builder);
    return builder.build();
  }
}
