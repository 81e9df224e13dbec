package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.UnitOfWork;
import dev.notes.application.testing.FailingAfterWorkUnitOfWork;
import dev.notes.application.testing.ForwardingNoteRepository;
import dev.notes.application.testing.InMemoryUnitOfWork;
import dev.notes.application.testing.SimulatedFailure;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

class DeleteCategoryServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
  private final DeleteCategoryService service = serviceWith(db.notes(), unitOfWork);

  @Test
  void givenEmptyCategory_deleteCategory_removesIt() {
    Category tech = category(db, "tech");

    service.deleteCategory(tech.id());

    assertThat(db.categories().findById(tech.id())).isEmpty();
  }

  @Test
  void givenCategoryWithNotes_deleteCategory_throwsStillHasNotesWithTheCountAndKeepsIt() {
    Category tech = category(db, "tech");
    note(db, "one", tech);
    note(db, "two", tech);

    assertThatThrownBy(() -> service.deleteCategory(tech.id()))
        .isInstanceOfSatisfying(
            CategoryStillHasNotes.class, refusal -> assertThat(refusal.noteCount()).isEqualTo(2));
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenNoteArrivingAfterTheCount_deleteCategory_isStillRefusedByTheRepository() {
    Category tech = category(db, "tech");
    note(db, "arrived meanwhile", tech);
    NoteRepository countBeforeTheNoteArrived =
        new ForwardingNoteRepository(db.notes()) {
          @Override
          public long countByCategory(CategoryId id) {
            return 0;
          }
        };
    DeleteCategoryService racing = serviceWith(countBeforeTheNoteArrived, unitOfWork);

    assertThatThrownBy(() -> racing.deleteCategory(tech.id()))
        .isInstanceOf(CategoryStillHasNotes.class);
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenMissingCategory_deleteCategory_throwsCategoryNotFound() {
    assertThatThrownBy(() -> service.deleteCategory(new CategoryId(404)))
        .isInstanceOf(CategoryNotFound.class);
  }

  @Test
  void givenFailingCommit_deleteCategory_keepsTheCategory() {
    Category tech = category(db, "tech");
    FailingAfterWorkUnitOfWork failingCommit = new FailingAfterWorkUnitOfWork(db);
    DeleteCategoryService failing = serviceWith(db.notes(), failingCommit);

    assertThatThrownBy(() -> failing.deleteCategory(tech.id()))
        .isInstanceOf(SimulatedFailure.class);

    assertThat(failingCommit.storeLeftByWork().orElseThrow().categories())
        .as("left by the work")
        .isEmpty();
    assertThat(db.categories().findById(tech.id())).as("after the rollback").contains(tech);
  }

  @Test
  void givenDelete_deleteCategory_runsExactlyOneUnitOfWork() {
    Category tech = category(db, "tech");

    service.deleteCategory(tech.id());

    assertThat(unitOfWork.unitsOfWork()).isEqualTo(1);
  }

  private DeleteCategoryService serviceWith(NoteRepository notes, UnitOfWork unitOfWork) {
    return new DeleteCategoryService(db.categories(), notes, unitOfWork);
  }
}
