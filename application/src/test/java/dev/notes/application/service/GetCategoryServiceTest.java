package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

class GetCategoryServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final GetCategoryService service = new GetCategoryService(db.categories());

  @Test
  void givenCategoryWithNotes_getCategory_returnsItWithItsNoteCount() {
    Category tech = category(db, "tech");
    note(db, "one", tech);
    note(db, "elsewhere");

    assertThat(service.getCategory(tech.id())).isEqualTo(new CategoryWithNoteCount(tech, 1));
  }

  @Test
  void givenMissingCategory_getCategory_throwsCategoryNotFound() {
    assertThatThrownBy(() -> service.getCategory(new CategoryId(404)))
        .isInstanceOf(CategoryNotFound.class);
  }
}
