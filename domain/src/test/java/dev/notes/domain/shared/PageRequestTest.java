package dev.notes.domain.shared;

import static dev.notes.domain.testing.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {1, PageRequest.MAX_LIMIT})
  void givenLimitWithinOneTo200_construct_acceptsIt(int limit) {
    assertThat(PageRequest.first(limit).limit()).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, PageRequest.MAX_LIMIT + 1, -1})
  void givenLimitOutsideOneTo200_construct_refusesIt(int limit) {
    assertRefused(() -> PageRequest.first(limit), "page size");
  }

  @Test
  void givenNoPosition_first_startsAtTheBeginning() {
    assertThat(PageRequest.first(10).after()).isEmpty();
  }

  @Test
  void givenPosition_after_continuesAfterIt() {
    assertThat(PageRequest.after("b", 10).after()).contains("b");
  }
}
