package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

class FindCategoryByNameServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final FindCategoryByNameService service = new FindCategoryByNameService(db.categories());

  @Test
  void givenNameInAnotherCaseAndSpaces_findCategoryByName_returnsTheStoredSpellingWithNoteCount() {
    Category tech = category(db, "Tech");
    note(db, "note", tech);

    CategoryWithNoteCount found = service.findCategoryByName(new CategoryName("  tECH "));

    assertThat(found).isEqualTo(new CategoryWithNoteCount(tech, 1));
    assertThat(found.category().name().value()).isEqualTo("Tech");
  }

  @Test
  void givenUnknownName_findCategoryByName_throwsCategoryNotFoundNamingIt() {
    category(db, "tech");

    assertThatThrownBy(() -> service.findCategoryByName(new CategoryName("food")))
        .isInstanceOf(CategoryNotFound.class)
        .hasMessageContaining("food");
  }

  @Test
  void givenNameDifferingOnlyByAccent_findCategoryByName_throwsCategoryNotFound() {
    category(db, "cafe");

    assertThatThrownBy(() -> service.findCategoryByName(new CategoryName("café")))
        .isInstanceOf(CategoryNotFound.class);
  }
}
