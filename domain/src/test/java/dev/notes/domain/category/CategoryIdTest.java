package dev.notes.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryIdTest {

  @ParameterizedTest
  @ValueSource(longs = {1, Long.MAX_VALUE})
  void givenPositiveNumber_construct_acceptsIt(long value) {
    assertThat(new CategoryId(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void givenZeroOrNegativeNumber_construct_refusesIt(long value) {
    assertThatThrownBy(() -> new CategoryId(value)).isInstanceOf(IllegalArgumentException.class);
  }
}
