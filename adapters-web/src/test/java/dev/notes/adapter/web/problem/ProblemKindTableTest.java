package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.note.NoteNotFound;
import org.junit.jupiter.api.Test;

class ProblemKindTableTest {

  @Test
  void givenAKindAnsweringFailures_failures_listsThemInTableOrder() {
    assertThat(ProblemKind.NOT_FOUND.failures())
        .containsExactly(CategoryNotFound.class, NoteNotFound.class);
  }

  @Test
  void givenAKindOfTheWebsOwn_failures_isEmpty() {
    assertThat(ProblemKind.BODY_TOO_LARGE.failures()).isEmpty();
  }

  @Test
  void givenAKind_title_isItsHumanName() {
    assertThat(ProblemKind.STALE_VERSION.title()).isEqualTo("Stale version");
  }
}
