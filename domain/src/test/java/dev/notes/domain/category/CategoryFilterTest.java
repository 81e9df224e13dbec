package dev.notes.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryFilterTest {

  @Test
  void givenSearchTextInAnyCase_nameContaining_comparesByNameIdentity() {
    assertThat(CategoryFilter.nameContaining("BackEND").nameKeyContains()).contains("backend");
  }

  @Test
  void givenNoSearchText_all_admitsEveryName() {
    assertThat(CategoryFilter.all().nameKeyContains()).isEmpty();
  }
}
