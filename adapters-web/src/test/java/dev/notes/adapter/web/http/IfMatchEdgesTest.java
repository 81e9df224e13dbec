package dev.notes.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.notes.domain.shared.StaleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** If-Match headers at their edges: what a 412 shows of them, and how often a change is tried. */
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

  @ParameterizedTest
  @ValueSource(strings = {"\"3\" x", "x \"3\"", "\"3\",x", "\"3\" , W/", "\"3\"\"4\""})
  void givenSomethingBesideTheTags_expectedVersions_failsWith412(String ifMatch) {
    assertThat(reasonOf412(ifMatch)).contains("can never match");
  }

  @Test
  void givenAQuotedStar_expectedVersions_failsWith412() {
    assertThat(reasonOf412("\"*\"")).contains("can never match");
  }

  @Test
  void givenTwoStars_expectedVersions_failsWith412() {
    assertThat(reasonOf412("*, *")).contains("can never match");
  }

  @Test
  void givenTheLargestVersionThatFitsTheTag_expectedVersions_isIt() {
    assertThat(EntityTags.expectedVersions("\"999999999999999999\"").orElseThrow())
        .containsExactly(999_999_999_999_999_999L);
  }

  @Test
  void givenEveryListedVersionGoneStaleInTurn_ifMatch_givesUpAfterOneTryEach() {
    AtomicLong stored = new AtomicLong(1);
    List<OptionalLong> asked = new ArrayList<>();

    assertThatThrownBy(
            () ->
                EntityTags.ifMatch(
                    "\"1\", \"2\"",
                    "note 7",
                    () -> Math.min(stored.get(), 2),
                    expected -> {
                      asked.add(expected);
                      stored.incrementAndGet();
                      throw new StaleVersion("note 7", expected.getAsLong(), stored.get());
                    }))
        .isInstanceOf(StaleVersion.class);
    assertThat(asked).containsExactly(OptionalLong.of(1), OptionalLong.of(2));
  }

  @Test
  void givenAVersion_created_carriesTheLocationAndTheStrongTag() {
    ResponseEntity<String> created = EntityTags.created("/api/notes", 7, 0, "body");

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/notes/7");
    assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
    assertThat(created.getBody()).isEqualTo("body");
  }

  private static String reasonOf412(String ifMatch) {
    ResponseStatusException failed =
        catchThrowableOfType(
            ResponseStatusException.class, () -> EntityTags.expectedVersions(ifMatch));
    assertThat(failed).as("412 for " + ifMatch).isNotNull();
    assertThat(failed.getStatusCode().value()).isEqualTo(412);
    return failed.getReason();
  }
}
