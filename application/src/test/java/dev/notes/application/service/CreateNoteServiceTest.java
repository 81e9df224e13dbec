package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.application.port.in.CreateNoteUseCase.CreateNoteCommand;
import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.application.testing.FailingAfterWorkUnitOfWork;
import dev.notes.application.testing.ForwardingNoteRepository;
import dev.notes.application.testing.InMemoryUnitOfWork;
import dev.notes.application.testing.SimulatedFailure;
import dev.notes.application.testing.TestClock;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.testing.InMemoryDatabase;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateNoteServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
  private final CreateNoteService service = serviceWith(db.notes(), unitOfWork);

  @Test
  void givenNoCategory_createNote_storesAnUncategorizedNoteAtFirstVersion() {
    Note created = service.createNote(command("sqlalchemy is cool", CategoryChoice.none()));

    assertThat(created.category()).isEmpty();
    assertThat(created.version()).isZero();
    assertThat(created.createdAt()).isEqualTo(TestClock.NOW_IN_MILLIS);
    assertThat(db.notes().findById(created.id())).contains(created);
  }

  @Test
  void givenTextWithSurroundingWhiteSpace_createNote_storesItExactly() {
    Note created = service.createNote(command("  indented\n", CategoryChoice.none()));

    assertThat(db.notes().findById(created.id()).orElseThrow().text().value())
        .isEqualTo("  indented\n");
  }

  @Test
  void givenExistingCategoryId_createNote_storesTheNoteInIt() {
    Category tech = category(db, "tech");

    Note created = service.createNote(command("note", new CategoryChoice.ById(tech.id())));

    assertThat(created.category()).contains(tech.ref());
    assertThat(db.notes().countByCategory(tech.id())).isEqualTo(1);
  }

  @Test
  void givenMissingCategoryId_createNote_throwsReferencedCategoryNotFoundAndStoresNothing() {
    CategoryChoice missing = new CategoryChoice.ById(new CategoryId(404));

    assertThatThrownBy(() -> service.createNote(command("note", missing)))
        .isInstanceOf(ReferencedCategoryNotFound.class);
    assertThat(db.noteCount()).isZero();
  }

  @Test
  void givenNewCategoryName_createNote_createsCategoryAndNoteTogether() {
    Note created = service.createNote(command("note", byName("Tech")));

    Category tech =
        db.categories().findWithNoteCountByName(new CategoryName("tech")).orElseThrow().category();
    assertThat(tech.name().value()).isEqualTo("Tech");
    assertThat(tech.createdAt()).isEqualTo(TestClock.NOW_IN_MILLIS);
    assertThat(created.category()).contains(tech.ref());
  }

  @Test
  void givenExistingNameInAnotherCase_createNote_reusesTheCategoryWithItsStoredSpelling() {
    Category tech = category(db, "tech");

    Note created = service.createNote(command("note", byName("TECH")));

    assertThat(created.category()).contains(tech.ref());
    assertThat(db.categoryCount()).isEqualTo(1);
  }

  @Test
  void givenNewCategoryNameAndFailingNoteInsert_createNote_storesNoCategory() {
    NoteRepository failingInsert =
        new ForwardingNoteRepository(db.notes()) {
          @Override
          public Note add(NoteText text, Optional<CategoryRef> category, Instant now) {
            throw new SimulatedFailure("the note insert failed");
          }
        };
    CreateNoteService failing = serviceWith(failingInsert, unitOfWork);

    assertThatThrownBy(() -> failing.createNote(command("note", byName("tech"))))
        .isInstanceOf(SimulatedFailure.class);

    assertThat(db.categoryCount()).isZero();
    assertThat(unitOfWork.rollbacks()).isEqualTo(1);
  }

  @Test
  void givenNewCategoryNameAndFailingCommit_createNote_storesNeitherNoteNorCategory() {
    FailingAfterWorkUnitOfWork failingCommit = new FailingAfterWorkUnitOfWork(db);
    CreateNoteService failing = serviceWith(db.notes(), failingCommit);

    assertThatThrownBy(() -> failing.createNote(command("note", byName("tech"))))
        .isInstanceOf(SimulatedFailure.class);

    InMemoryDatabase.Snapshot leftByWork = failingCommit.storeLeftByWork().orElseThrow();
    assertThat(leftByWork.categories()).as("stored by the work").hasSize(1);
    assertThat(leftByWork.notes()).as("stored by the work").hasSize(1);
    assertThat(db.categoryCount()).as("after the rollback").isZero();
    assertThat(db.noteCount()).as("after the rollback").isZero();
  }

  @Test
  void givenACategoryByName_createNote_runsExactlyOneUnitOfWork() {
    service.createNote(command("c", byName("new")));

    assertThat(unitOfWork.unitsOfWork()).isOne();
  }

  @Test
  void givenNoCategory_createNote_storesItWithoutAUnitOfWork() {
    service.createNote(command("a", CategoryChoice.none()));

    assertThat(unitOfWork.unitsOfWork()).as("a single INSERT is atomic on its own").isZero();
    assertThat(db.noteCount()).isOne();
  }

  @Test
  void givenAnExistingCategoryId_createNote_storesItWithoutAUnitOfWork() {
    Category tech = category(db, "tech");

    service.createNote(command("b", new CategoryChoice.ById(tech.id())));

    assertThat(unitOfWork.unitsOfWork())
        .as("the note's foreign key, not a transaction, refuses a category deleted since the read")
        .isZero();
    assertThat(db.noteCount()).isOne();
  }

  @Test
  void givenTheNamedCategoryDeletedBeforeTheNoteIsStored_createNote_runsAgainAndStoresTheNote() {
    NoteRepository refusingOnce = notesRefusingTheirCategory(1);
    CreateNoteService racing = serviceWith(refusingOnce, unitOfWork);

    Note created = racing.createNote(command("note", byName("tech")));

    assertThat(db.notes().findById(created.id())).contains(created);
    assertThat(created.category().map(ref -> ref.name().value())).contains("tech");
    assertThat(unitOfWork.unitsOfWork()).isEqualTo(2);
    assertThat(unitOfWork.rollbacks()).isOne();
  }

  @Test
  void givenTheNamedCategoryDeletedUnderEveryAttempt_createNote_reportsTheStorageBusy() {
    CreateNoteService racing =
        serviceWith(notesRefusingTheirCategory(Integer.MAX_VALUE), unitOfWork);

    assertThatThrownBy(() -> racing.createNote(command("note", byName("tech"))))
        .isInstanceOf(StorageUnavailable.class)
        .hasCauseInstanceOf(ReferencedCategoryNotFound.class);
    assertThat(unitOfWork.unitsOfWork()).isEqualTo(CategoryResolver.ATTEMPTS_BY_NAME);
    assertThat(db.noteCount()).isZero();
    assertThat(db.categoryCount()).isZero();
  }

  @Test
  void givenACategoryIdThatIsDeletedMeanwhile_createNote_doesNotRunAgain() {
    Category tech = category(db, "tech");
    CreateNoteService racing = serviceWith(notesRefusingTheirCategory(1), unitOfWork);

    assertThatThrownBy(() -> racing.createNote(command("note", new CategoryChoice.ById(tech.id()))))
        .as("the caller named the id: it learns that it is gone")
        .isInstanceOf(ReferencedCategoryNotFound.class);
  }

  /** Like a database where the category was deleted after it was read, the first times. */
  private NoteRepository notesRefusingTheirCategory(int times) {
    return new ForwardingNoteRepository(db.notes()) {
      private int refused;

      @Override
      public Note add(NoteText text, Optional<CategoryRef> category, Instant now) {
        if (refused < times) {
          refused++;
          throw new ReferencedCategoryNotFound(category.orElseThrow().id());
        }
        return super.add(text, category, now);
      }
    };
  }

  private CreateNoteService serviceWith(NoteRepository notes, UnitOfWork unitOfWork) {
    return new CreateNoteService(db.categories(), notes, unitOfWork, TestClock.fixed());
  }

  private static CreateNoteCommand command(String text, CategoryChoice category) {
    return new CreateNoteCommand(new NoteText(text), category);
  }

  private static CategoryChoice byName(String name) {
    return new CategoryChoice.ByName(new CategoryName(name));
  }
}
