package dev.notes.domain.note;

import static dev.notes.domain.testing.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.CategoryId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoteFilterTest {

  private static final CategoryId TECH = new CategoryId(3);

  @Test
  void givenCategoryAndUncategorizedOnly_construct_refusesTheFilter() {
    // A note has one category or none, so this filter could only ever be empty: refuse it.
    assertRefused(
        () -> new NoteFilter(Optional.of(TECH), true, Optional.empty()), "uncategorized-only");
  }

  @Test
  void givenCategory_inCategory_admitsOnlyThatCategory() {
    NoteFilter filter = NoteFilter.inCategory(TECH);

    assertThat(filter.category()).contains(TECH);
    assertThat(filter.uncategorizedOnly()).isFalse();
  }

  @Test
  void givenCategoryFilter_withTextContaining_keepsTheCategory() {
    NoteFilter filter = NoteFilter.inCategory(TECH).withTextContaining("java");

    assertThat(filter.category()).contains(TECH);
    assertThat(filter.textContains()).contains("java");
  }

  @Test
  void givenUncategorizedFilter_withTextContaining_staysUncategorized() {
    NoteFilter filter = NoteFilter.uncategorized().withTextContaining("java");

    assertThat(filter.uncategorizedOnly()).isTrue();
    assertThat(filter.textContains()).contains("java");
  }
}
