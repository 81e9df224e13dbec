package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import dev.notes.application.testing.TestClock;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

class CreateCategoryServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final CreateCategoryService service =
      new CreateCategoryService(db.categories(), TestClock.fixed());

  @Test
  void givenNewName_createCategory_storesItEmptyAtFirstVersionWithTheClocksTime() {
    CategoryWithNoteCount created = service.createCategory(command("Tech"));

    assertThat(created.noteCount()).isZero();
    assertThat(created.category().name().value()).isEqualTo("Tech");
    assertThat(created.category().version()).isZero();
    assertThat(created.category().createdAt()).isEqualTo(TestClock.NOW_IN_MILLIS);
    assertThat(db.categories().findById(created.category().id())).contains(created.category());
  }

  @Test
  void givenNameTakenInAnotherCase_createCategory_throwsCategoryNameTakenAndStoresNothing() {
    category(db, "tech");

    assertThatThrownBy(() -> service.createCategory(command("TECH")))
        .isInstanceOf(CategoryNameTaken.class);
    assertThat(db.categoryCount()).isEqualTo(1);
  }

  @Test
  void givenNameDifferingOnlyByAccent_createCategory_storesASecondCategory() {
    category(db, "cafe");

    service.createCategory(command("café"));

    assertThat(db.categoryCount()).isEqualTo(2);
  }

  private static CreateCategoryCommand command(String name) {
    return new CreateCategoryCommand(new CategoryName(name));
  }
}
