package dev.notes.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.ExpectedVersions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

class EntityTagsTest {

  @Test
  void givenAVersion_ok_carriesItAsTheStrongQuotedTag() {
    assertThat(EntityTags.ok(3, "body").getHeaders().getETag()).isEqualTo("\"3\"");
  }

  @Test
  void givenAVersion_created_carriesTheLocationAndTheStrongTag() {
    ResponseEntity<String> created = EntityTags.created("/api/notes", 7, 0, "body");

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/notes/7");
    assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
    assertThat(created.getBody()).isEqualTo("body");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 3, 999_999_999_999_999_999L})
  void givenAVersion_theTagItIsSentAs_matchesThePublishedPattern_andIsAcceptedBack(long version) {
    String tag = EntityTags.ok(version, "body").getHeaders().getETag();

    assertThat(tag).matches(EntityTags.HEADER_PATTERN);
    assertThat(EntityTags.ifMatch(tag).versions()).containsExactly(version);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "W/\"3\"", "\"03\"", "\"-1\"", "\"1000000000000000000\""})
  void givenWhatNoETagHereHolds_thePublishedPattern_refusesIt(String value) {
    assertThat(value).doesNotMatch(EntityTags.HEADER_PATTERN);
  }

  @Test
  void givenAStrongTag_ifMatch_isItsNumber() {
    assertThat(EntityTags.ifMatch(" \"12\" ").versions()).containsExactly(12L);
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
        "\"7\",\t\"7\"            | 7",
        "\"3\", W/\"3\"           | 3",
        "W/\"3\", \"3\"           | 3",
        "\"8\", \"8\", W/\"8\"      | 8"
      })
  void givenAListOfTags_ifMatch_areItsStrongVersionTags(String ifMatch, String versions) {
    List<Long> expected = new ArrayList<>();
    for (String version : versions.split(" ", -1)) {
      expected.add(Long.parseLong(version));
    }

    assertThat(EntityTags.ifMatch(ifMatch).versions())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"*", " * "})
  void givenNoHeaderOrStar_ifMatch_isAny(String ifMatch) {
    assertThat(EntityTags.ifMatch(ifMatch)).isEqualTo(ExpectedVersions.any());
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
        "",
        " \t ",
        "\"3\"; \"4\""
      })
  void givenTagsThatCanNeverMatchStrongly_ifMatch_failsWith412(String ifMatch) {
    assertThatThrownBy(() -> EntityTags.ifMatch(ifMatch))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            failed -> assertThat(failed.getStatusCode().value()).isEqualTo(412));
  }
}
