package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.application.port.in.EditNoteUseCase.EditNoteCommand;
import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.application.testing.FailingAfterWorkUnitOfWork;
import dev.notes.application.testing.ForwardingNoteRepository;
import dev.notes.application.testing.InMemoryUnitOfWork;
import dev.notes.application.testing.SimulatedFailure;
import dev.notes.application.testing.TestClock;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.StaleVersion;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditNoteServiceTest {

  private static final ExpectedVersions ANY_VERSION = ExpectedVersions.any();

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
  private final EditNoteService service = serviceWith(db.notes(), unitOfWork);

  @Test
  void givenNewTextAndCategory_editNote_storesThemAndBumpsTheVersion() {
    Note stored = note(db, "draft");
    Category tech = category(db, "tech");

    Note edited =
        service.editNote(command(stored, "final", new CategoryChoice.ById(tech.id()), ANY_VERSION));

    assertThat(edited.text().value()).isEqualTo("final");
    assertThat(edited.category()).contains(tech.ref());
    assertThat(edited.version()).isEqualTo(stored.version() + 1);
    assertThat(edited.createdAt()).isEqualTo(stored.createdAt());
    assertThat(edited.updatedAt()).isEqualTo(TestClock.NOW_IN_MILLIS);
    assertThat(db.notes().findById(stored.id())).contains(edited);
  }

  @Test
  void givenNoCategory_editNote_makesTheNoteUncategorizedAndKeepsTheCategory() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note", tech);

    Note edited = service.editNote(command(stored, "note", CategoryChoice.none(), ANY_VERSION));

    assertThat(edited.category()).isEmpty();
    assertThat(db.categories().findById(tech.id())).isPresent();
  }

  @Test
  void givenSameTextAndCategory_editNote_keepsTheVersionAndUpdatedAt() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note", tech);

    Note edited =
        service.editNote(command(stored, "note", new CategoryChoice.ById(tech.id()), ANY_VERSION));

    assertThat(edited).isEqualTo(stored);
    assertThat(db.notes().findById(stored.id())).contains(stored);
  }

  @Test
  void givenSameCategoryByNameInAnotherCase_editNote_keepsTheVersion() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note", tech);

    Note edited = service.editNote(command(stored, "note", byName("TECH"), ANY_VERSION));

    assertThat(edited.version()).isEqualTo(stored.version());
  }

  @Test
  void givenOnlyTrailingWhiteSpaceAdded_editNote_storesItAsAChange() {
    // Text is kept exactly, so "note " is another text than "note", not the same one trimmed.
    Note stored = note(db, "note");

    Note edited = service.editNote(command(stored, "note ", CategoryChoice.none(), ANY_VERSION));

    assertThat(edited.text().value()).isEqualTo("note ");
    assertThat(edited.version()).isEqualTo(stored.version() + 1);
    assertThat(db.notes().findById(stored.id())).contains(edited);
  }

  @Test
  void givenCurrentExpectedVersion_editNote_storesTheChange() {
    Note stored = note(db, "draft");

    Note edited =
        service.editNote(
            command(
                stored,
                "final",
                CategoryChoice.none(),
                ExpectedVersions.oneOf(List.of(stored.version()))));

    assertThat(edited.text().value()).isEqualTo("final");
    assertThat(db.notes().findById(stored.id())).contains(edited);
  }

  @Test
  void givenStaleExpectedVersion_editNote_throwsStaleVersionAndChangesNothing() {
    Note stored = note(db, "draft");
    ExpectedVersions stale = ExpectedVersions.oneOf(List.of(stored.version() + 1));

    assertThatThrownBy(
            () -> service.editNote(command(stored, "final", CategoryChoice.none(), stale)))
        .isInstanceOf(StaleVersion.class);
    assertThat(db.notes().findById(stored.id())).contains(stored);
  }

  @Test
  void givenSeveralExpectedVersionsListingTheCurrentOne_editNote_storesTheChange() {
    Note stored = note(db, "draft");
    ExpectedVersions listed =
        ExpectedVersions.oneOf(List.of(stored.version() + 5, stored.version()));

    Note edited = service.editNote(command(stored, "final", CategoryChoice.none(), listed));

    assertThat(edited.text().value()).isEqualTo("final");
    assertThat(db.notes().findById(stored.id())).contains(edited);
  }

  @Test
  void givenSeveralExpectedVersionsNoneCurrent_editNote_throwsStaleVersionAndChangesNothing() {
    Note stored = note(db, "draft");
    ExpectedVersions listed =
        ExpectedVersions.oneOf(List.of(stored.version() + 1, stored.version() + 2));

    assertThatThrownBy(
            () -> service.editNote(command(stored, "final", CategoryChoice.none(), listed)))
        .isInstanceOf(StaleVersion.class);
    assertThat(db.notes().findById(stored.id())).contains(stored);
  }

  @Test
  void givenConcurrentEditWinsTheRace_editNote_throwsStaleVersion() {
    Note stored = note(db, "draft");
    EditNoteService losing = serviceWith(notesLosingEveryUpdate(), unitOfWork);

    assertThatThrownBy(
            () -> losing.editNote(command(stored, "final", CategoryChoice.none(), ANY_VERSION)))
        .isInstanceOf(StaleVersion.class);
  }

  @Test
  void givenRaceLostWithNewCategoryName_editNote_rollsTheNewCategoryBack() {
    Note stored = note(db, "draft");
    EditNoteService losing = serviceWith(notesLosingEveryUpdate(), unitOfWork);

    assertThatThrownBy(() -> losing.editNote(command(stored, "final", byName("new"), ANY_VERSION)))
        .isInstanceOf(StaleVersion.class);
    assertThat(db.categoryCount()).isZero();
  }

  @Test
  void givenMissingNote_editNote_throwsNoteNotFound() {
    EditNoteCommand command =
        new EditNoteCommand(
            new NoteId(404), new NoteText("text"), CategoryChoice.none(), ANY_VERSION);

    assertThatThrownBy(() -> service.editNote(command)).isInstanceOf(NoteNotFound.class);
  }

  @Test
  void givenMissingCategoryId_editNote_throwsReferencedCategoryNotFoundAndChangesNothing() {
    Note stored = note(db, "draft");
    CategoryChoice missing = new CategoryChoice.ById(new CategoryId(404));

    assertThatThrownBy(() -> service.editNote(command(stored, "final", missing, ANY_VERSION)))
        .isInstanceOf(ReferencedCategoryNotFound.class);
    assertThat(db.notes().findById(stored.id())).contains(stored);
  }

  @Test
  void givenNewCategoryName_editNote_createsTheCategoryAndMovesTheNoteIntoIt() {
    Note stored = note(db, "note");

    Note edited = service.editNote(command(stored, "note", byName("Tech"), ANY_VERSION));

    Category tech =
        db.categories().findWithNoteCountByName(new CategoryName("tech")).orElseThrow().category();
    assertThat(tech.name().value()).isEqualTo("Tech");
    assertThat(edited.category()).contains(tech.ref());
  }

  @Test
  void givenExistingCategoryNameInAnotherCase_editNote_reusesTheCategory() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note");

    Note edited = service.editNote(command(stored, "note", byName("TECH"), ANY_VERSION));

    assertThat(edited.category()).contains(tech.ref());
    assertThat(db.categoryCount()).isEqualTo(1);
  }

  @Test
  void givenNewCategoryNameAndFailingCommit_editNote_changesNothing() {
    Note stored = note(db, "draft");
    FailingAfterWorkUnitOfWork failingCommit = new FailingAfterWorkUnitOfWork(db);
    EditNoteService failing = serviceWith(db.notes(), failingCommit);

    assertThatThrownBy(() -> failing.editNote(command(stored, "final", byName("new"), ANY_VERSION)))
        .isInstanceOf(SimulatedFailure.class);

    assertThat(failingCommit.storeLeftByWork().orElseThrow().categories())
        .as("stored by the work")
        .hasSize(1);
    assertThat(db.categoryCount()).as("after the rollback").isZero();
    assertThat(db.notes().findById(stored.id())).as("after the rollback").contains(stored);
  }

  @Test
  void givenEdit_editNote_runsExactlyOneUnitOfWork() {
    Note stored = note(db, "draft");

    service.editNote(command(stored, "final", byName("new"), ANY_VERSION));

    assertThat(unitOfWork.unitsOfWork()).isEqualTo(1);
  }

  @Test
  void givenTheNamedCategoryDeletedBeforeTheNoteIsStored_editNote_runsAgainAndStoresTheEdit() {
    Note stored = note(db, "draft");
    NoteRepository refusingOnce =
        new ForwardingNoteRepository(db.notes()) {
          private boolean refused;

          @Override
          public boolean update(Note changed) {
            if (!refused) {
              refused = true;
              throw new ReferencedCategoryNotFound(changed.category().orElseThrow().id());
            }
            return super.update(changed);
          }
        };

    Note edited =
        serviceWith(refusingOnce, unitOfWork)
            .editNote(command(stored, "final", byName("tech"), ANY_VERSION));

    assertThat(db.notes().findById(stored.id())).contains(edited);
    assertThat(edited.category().map(ref -> ref.name().value())).contains("tech");
    assertThat(unitOfWork.unitsOfWork()).isEqualTo(2);
  }

  private EditNoteService serviceWith(NoteRepository notes, UnitOfWork unitOfWork) {
    return new EditNoteService(db.categories(), notes, unitOfWork, TestClock.fixed());
  }

  /** Like a database where another writer bumped the version between our read and our write. */
  private NoteRepository notesLosingEveryUpdate() {
    return new ForwardingNoteRepository(db.notes()) {
      @Override
      public boolean update(Note changed) {
        return false;
      }
    };
  }

  private static EditNoteCommand command(
      Note note, String text, CategoryChoice category, ExpectedVersions expectedVersions) {
    return new EditNoteCommand(note.id(), new NoteText(text), category, expectedVersions);
  }

  private static CategoryChoice byName(String name) {
    return new CategoryChoice.ByName(new CategoryName(name));
  }
}
