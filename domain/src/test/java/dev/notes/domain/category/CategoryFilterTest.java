package dev.notes.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryFilterTest {

  @Test
  void givenSearchTextInAnyCase_nameContaining_comparesByNameIdentity() {
    assertThat(CategoryFilter.nameContaining("BackEND").nameKeyContains()).contains("backend");
  }

  @Test
  void givenNoSearchText_all_admitsEveryName() {
    assertThat(CategoryFilter.all().nameKeyContains()).isEmpty();
    assertThat(CategoryFilter.all().nameKey()).isEmpty();
  }

  @Test
  void givenANameInAnyCase_named_admitsOnlyThatNamesIdentity() {
    CategoryFilter named = CategoryFilter.named(new CategoryName("  BackEND "));

    assertThat(named.nameKey()).contains("backend");
    assertThat(named.nameKeyContains()).isEmpty();
  }

  @Test
  void givenBothANameAndAPartOfOne_theFilter_isRefused() {
    assertThatThrownBy(() -> new CategoryFilter(Optional.of("a"), Optional.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
  }
}
