package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.DeleteCategoryUseCase.DeleteCategoryCommand;
import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.testing.FailingAfterWorkUnitOfWork;
import dev.notes.application.testing.InMemoryUnitOfWork;
import dev.notes.application.testing.SimulatedFailure;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.shared.StaleVersion;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteCategoryServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
  private final DeleteCategoryService service =
      new DeleteCategoryService(db.categories(), unitOfWork);

  @Test
  void givenEmptyCategory_deleteCategory_removesIt() {
    Category tech = category(db, "tech");

    service.deleteCategory(any(tech.id()));

    assertThat(db.categories().findById(tech.id())).isEmpty();
  }

  @Test
  void givenCategoryWithNotes_deleteCategory_throwsStillHasNotesWithTheCountAndKeepsIt() {
    Category tech = category(db, "tech");
    note(db, "one", tech);
    note(db, "two", tech);

    assertThatThrownBy(() -> service.deleteCategory(any(tech.id())))
        .isInstanceOfSatisfying(
            CategoryStillHasNotes.class, refusal -> assertThat(refusal.noteCount()).isEqualTo(2));
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenMissingCategory_deleteCategory_throwsCategoryNotFound() {
    assertThatThrownBy(() -> service.deleteCategory(any(new CategoryId(404))))
        .isInstanceOf(CategoryNotFound.class);
  }

  @Test
  void givenAnyVersion_deleteCategory_isOneRemoveWithoutAUnitOfWork() {
    Category tech = category(db, "tech");

    service.deleteCategory(any(tech.id()));

    assertThat(db.categories().findById(tech.id())).isEmpty();
    assertThat(unitOfWork.unitsOfWork()).isZero();
  }

  @Test
  void givenAnExpectedVersion_deleteCategory_runsExactlyOneUnitOfWork() {
    Category tech = category(db, "tech");

    service.deleteCategory(current(tech));

    assertThat(unitOfWork.unitsOfWork()).isEqualTo(1);
  }

  @Test
  void givenAnExpectedVersionAndAFailingCommit_deleteCategory_keepsTheCategory() {
    Category tech = category(db, "tech");
    FailingAfterWorkUnitOfWork failingCommit = new FailingAfterWorkUnitOfWork(db);
    DeleteCategoryService failing = new DeleteCategoryService(db.categories(), failingCommit);

    assertThatThrownBy(() -> failing.deleteCategory(current(tech)))
        .isInstanceOf(SimulatedFailure.class);

    assertThat(failingCommit.storeLeftByWork().orElseThrow().categories())
        .as("left by the work")
        .isEmpty();
    assertThat(db.categories().findById(tech.id())).as("after the rollback").contains(tech);
  }

  @Test
  void givenTheCurrentVersionAndNotes_deleteCategory_throwsStillHasNotesAndKeepsIt() {
    Category tech = category(db, "tech");
    note(db, "in the way", tech);

    assertThatThrownBy(() -> service.deleteCategory(current(tech)))
        .isInstanceOfSatisfying(
            CategoryStillHasNotes.class, refusal -> assertThat(refusal.noteCount()).isEqualTo(1));
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenTheCurrentVersion_deleteCategory_removesIt() {
    Category tech = category(db, "tech");

    service.deleteCategory(current(tech));

    assertThat(db.categories().findById(tech.id())).isEmpty();
  }

  @Test
  void givenAStaleVersion_deleteCategory_throwsStaleVersionAndKeepsIt() {
    Category tech = category(db, "tech");

    assertThatThrownBy(
            () ->
                service.deleteCategory(
                    new DeleteCategoryCommand(tech.id(), ExpectedVersions.oneOf(List.of(7L)))))
        .isInstanceOf(StaleVersion.class)
        .hasMessageContaining("category " + tech.id().value());
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenAStaleVersionAndNotes_deleteCategory_reportsTheStaleVersionFirst() {
    Category tech = category(db, "tech");
    note(db, "in the way", tech);

    assertThatThrownBy(
            () ->
                service.deleteCategory(
                    new DeleteCategoryCommand(tech.id(), ExpectedVersions.oneOf(List.of(7L)))))
        .isInstanceOf(StaleVersion.class);
  }

  @Test
  void givenSeveralVersionsNoneCurrentAndNotes_deleteCategory_reportsTheStaleVersionFirst() {
    Category tech = category(db, "tech");
    note(db, "in the way", tech);
    ExpectedVersions listed = ExpectedVersions.oneOf(List.of(7L, 8L));

    assertThatThrownBy(() -> service.deleteCategory(new DeleteCategoryCommand(tech.id(), listed)))
        .isInstanceOf(StaleVersion.class)
        .hasMessageContaining("not one of 7, 8");
  }

  @Test
  void givenAnExpectedVersionOfAMissingCategory_deleteCategory_throwsCategoryNotFound() {
    assertThatThrownBy(
            () ->
                service.deleteCategory(
                    new DeleteCategoryCommand(
                        new CategoryId(404), ExpectedVersions.oneOf(List.of(0L)))))
        .isInstanceOf(CategoryNotFound.class);
  }

  private static DeleteCategoryCommand any(CategoryId id) {
    return DeleteCategoryCommand.anyVersion(id);
  }

  private static DeleteCategoryCommand current(Category category) {
    return new DeleteCategoryCommand(
        category.id(), ExpectedVersions.oneOf(List.of(category.version())));
  }
}
