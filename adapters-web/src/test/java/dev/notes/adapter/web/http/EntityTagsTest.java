package dev.notes.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.shared.StaleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

class EntityTagsTest {

  @Test
  void givenAVersion_ok_carriesItAsTheStrongQuotedTag() {
    assertThat(EntityTags.ok(3, "body").getHeaders().getETag()).isEqualTo("\"3\"");
  }

  @Test
  void givenAStrongTag_expectedVersions_isItsNumber() {
    assertThat(EntityTags.expectedVersions(" \"12\" ").orElseThrow()).containsExactly(12L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"0\", \"99\"            | 0 99",
        "\"99\",\"0\"             | 0 99",
        "W/\"1\", \"2\"           | 2",
        "\"03\", \"4\"            | 4",
        "\"abc\" , \"5\"          | 5",
        "\"a,b\", \"6\"           | 6",
        ", \"1\" ,, \"2\" ,       | 1 2",
        "\"7\",\t\"7\"            | 7"
      })
  void givenAListOfTags_expectedVersions_areItsStrongVersionTags(String ifMatch, String versions) {
    List<Long> expected = new ArrayList<>();
    for (String version : versions.split(" ", -1)) {
      expected.add(Long.parseLong(version));
    }

    assertThat(EntityTags.expectedVersions(ifMatch).orElseThrow())
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"*", " * ", ""})
  void givenNoTagOrStar_expectedVersions_isAny(String ifMatch) {
    assertThat(EntityTags.expectedVersions(ifMatch)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "W/\"3\"",
        "W/\"3\", W/\"4\"",
        "3",
        "\"3",
        "\"-1\"",
        "\"03\"",
        "\"abc\"",
        "\"99999999999999999999\"",
        "\"3\" \"4\"",
        "*, \"3\"",
        ",",
        "\"3\"; \"4\""
      })
  void givenTagsThatCanNeverMatchStrongly_expectedVersions_failsWith412(String ifMatch) {
    assertThatThrownBy(() -> EntityTags.expectedVersions(ifMatch))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            failed -> assertThat(failed.getStatusCode().value()).isEqualTo(412));
  }

  @Test
  void givenNoIfMatch_ifMatch_changesAnyVersionWithoutReadingIt() {
    String result =
        EntityTags.ifMatch(
            null,
            "note 7",
            () -> {
              throw new AssertionError("no read needed");
            },
            expected -> "changed at " + expected);

    assertThat(result).isEqualTo("changed at OptionalLong.empty");
  }

  @Test
  void givenOneTag_ifMatch_expectsItWithoutReadingTheCurrentVersion() {
    String result =
        EntityTags.ifMatch(
            "\"3\"",
            "note 7",
            () -> {
              throw new AssertionError("no read needed");
            },
            expected -> "changed at " + expected);

    assertThat(result).isEqualTo("changed at OptionalLong[3]");
  }

  @Test
  void givenSeveralTagsListingTheCurrentVersion_ifMatch_expectsTheCurrentVersion() {
    List<OptionalLong> asked = new ArrayList<>();

    String result =
        EntityTags.ifMatch(
            "\"0\", \"99\"",
            "note 7",
            () -> 0,
            expected -> {
              asked.add(expected);
              return "changed";
            });

    assertThat(result).isEqualTo("changed");
    assertThat(asked).containsExactly(OptionalLong.of(0));
  }

  @Test
  void givenSeveralTagsNotListingTheCurrentVersion_ifMatch_answers412AndChangesNothing() {
    AtomicInteger changes = new AtomicInteger();

    assertThatThrownBy(
            () ->
                EntityTags.ifMatch(
                    "\"1\", \"2\"", "note 7", () -> 5, expected -> changes.incrementAndGet()))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            failed -> {
              assertThat(failed.getStatusCode().value()).isEqualTo(412);
              assertThat(failed.getReason())
                  .isEqualTo(
                      "note 7 is at version 5, which If-Match does not list; read it again and"
                          + " retry");
            });
    assertThat(changes).hasValue(0);
  }

  @Test
  void givenAChangeInBetweenToAnotherListedVersion_ifMatch_triesAgainAtThatVersion() {
    AtomicLong stored = new AtomicLong(1);
    List<OptionalLong> asked = new ArrayList<>();

    String result =
        EntityTags.ifMatch(
            "\"1\", \"2\"",
            "note 7",
            stored::get,
            expected -> {
              asked.add(expected);
              if (asked.size() == 1) {
                stored.set(2); // someone else changed it meanwhile
                throw new StaleVersion("note 7", 1, 2);
              }
              return "changed";
            });

    assertThat(result).isEqualTo("changed");
    assertThat(asked).containsExactly(OptionalLong.of(1), OptionalLong.of(2));
  }

  @Test
  void givenAChangeInBetweenToAnUnlistedVersion_ifMatch_answers412() {
    AtomicLong stored = new AtomicLong(1);

    assertThatThrownBy(
            () ->
                EntityTags.ifMatch(
                    "\"1\", \"2\"",
                    "note 7",
                    stored::get,
                    expected -> {
                      stored.set(3);
                      throw new StaleVersion("note 7", 1, 3);
                    }))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            failed -> assertThat(failed.getStatusCode().value()).isEqualTo(412));
  }
}
