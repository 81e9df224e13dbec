package dev.notes.application.port.in;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.shared.StaleVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectedVersionsTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 99})
  void givenAny_check_acceptsEveryVersion(long current) {
    assertThatCode(() -> ExpectedVersions.any().check(current, "note 7"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(longs = {2, 5})
  void givenSeveralVersions_check_acceptsEachOfThem(long current) {
    ExpectedVersions listed = ExpectedVersions.oneOf(List.of(5L, 2L));

    assertThatCode(() -> listed.check(current, "note 7")).doesNotThrowAnyException();
  }

  @Test
  void givenOneVersion_check_refusesAnotherNamingBoth() {
    assertThatThrownBy(() -> ExpectedVersions.oneOf(List.of(3L)).check(4, "note 7"))
        .isInstanceOf(StaleVersion.class)
        .hasMessage("note 7 is at version 4, not 3; read it again and retry");
  }

  @Test
  void givenSeveralVersions_check_refusesAnotherNamingThemInOrder() {
    assertThatThrownBy(() -> ExpectedVersions.oneOf(List.of(5L, 2L)).check(4, "note 7"))
        .isInstanceOf(StaleVersion.class)
        .hasMessage("note 7 is at version 4, not one of 2, 5; read it again and retry");
  }

  @Test
  void givenNoVersion_oneOf_isRefusedRatherThanMeaningAny() {
    assertThatThrownBy(() -> ExpectedVersions.oneOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenNoVersionAndNotAny_theConstructor_isRefusedRatherThanMeaningAny() {
    assertThatThrownBy(() -> new ExpectedVersions(Set.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAnyWithAVersion_theConstructor_isRefused() {
    assertThatThrownBy(() -> new ExpectedVersions(Set.of(3L), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
