package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestMistakesTest {

  @Test
  void givenNoType_kindOf_saysADifferentKindOfValue() {
    assertThat(RequestMistakes.kindOf(null)).isEqualTo("a different kind of value");
  }

  @Test
  void givenAnyCharSequence_kindOf_saysAString() {
    assertThat(RequestMistakes.kindOf(StringBuilder.class)).isEqualTo("a string");
  }

  @Test
  void givenPrimitiveTypes_kindOf_saysWhatTheirBoxesSay() {
    assertThat(RequestMistakes.kindOf(long.class)).isEqualTo(RequestMistakes.kindOf(Long.class));
    assertThat(RequestMistakes.kindOf(int.class)).isEqualTo(RequestMistakes.kindOf(Integer.class));
    assertThat(RequestMistakes.kindOf(boolean.class)).isEqualTo("true or false");
  }
}
