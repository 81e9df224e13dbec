package dev.notes.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

/** If-Match headers at their edges: what a 412 shows of them, and the largest version. */
class IfMatchEdgesTest {

  @Test
  void givenAnUnmatchableHeaderOf40Characters_the412_showsItWhole() {
    String header = "\"" + "a".repeat(38) + "\"";

    assertThat(reasonOf412(header))
        .isEqualTo("If-Match " + header + " can never match: ETags here are strong, like \"3\"");
  }

  @Test
  void givenAnUnmatchableHeaderOf41Characters_the412_showsItsFirst40() {
    String header = "\"" + "a".repeat(39) + "\"";

    assertThat(reasonOf412(header)).startsWith("If-Match \"" + "a".repeat(39) + "... can never");
  }

  @Test
  void givenAnUnmatchableHeaderWithSpaceAround_the412_showsItStripped() {
    assertThat(reasonOf412("  W/\"3\" ")).startsWith("If-Match W/\"3\" can never match");
  }

  @Test
  void givenAnEmptyHeader_the412_saysItIsEmpty() {
    assertThat(reasonOf412(""))
        .isEqualTo("an empty If-Match can never match: ETags here are strong, like \"3\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3\" x", "x \"3\"", "\"3\",x", "\"3\" , W/", "\"3\"\"4\""})
  void givenSomethingBesideTheTags_ifMatch_failsWith412(String ifMatch) {
    assertThat(reasonOf412(ifMatch)).contains("can never match");
  }

  @Test
  void givenAQuotedStar_ifMatch_failsWith412() {
    assertThat(reasonOf412("\"*\"")).contains("can never match");
  }

  @Test
  void givenTwoStars_ifMatch_failsWith412() {
    assertThat(reasonOf412("*, *")).contains("can never match");
  }

  @Test
  void givenTheLargestVersionThatFitsTheTag_ifMatch_isIt() {
    assertThat(EntityTags.ifMatch("\"999999999999999999\"").versions())
        .containsExactly(999_999_999_999_999_999L);
  }

  private static String reasonOf412(String ifMatch) {
    ResponseStatusException failed =
        catchThrowableOfType(ResponseStatusException.class, () -> EntityTags.ifMatch(ifMatch));
    assertThat(failed).as("412 for " + ifMatch).isNotNull();
    assertThat(failed.getStatusCode().value()).isEqualTo(412);
    return failed.getReason();
  }
}
