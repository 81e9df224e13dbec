package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.in.DeleteNoteUseCase.DeleteNoteCommand;
import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.testing.InMemoryUnitOfWork;
import dev.notes.domain.category.Category;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.shared.StaleVersion;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteNoteServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
  private final DeleteNoteService service = new DeleteNoteService(db.notes(), unitOfWork);

  @Test
  void givenNoteInCategory_deleteNote_removesTheNoteButKeepsTheCategory() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note", tech);

    service.deleteNote(DeleteNoteCommand.anyVersion(stored.id()));

    assertThat(db.notes().findById(stored.id())).isEmpty();
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenMissingNote_deleteNote_throwsNoteNotFound() {
    assertThatThrownBy(() -> service.deleteNote(DeleteNoteCommand.anyVersion(new NoteId(404))))
        .isInstanceOf(NoteNotFound.class);
  }

  @Test
  void givenAnyVersion_deleteNote_isOneStatementWithoutAUnitOfWork() {
    Note stored = note(db, "note");

    service.deleteNote(DeleteNoteCommand.anyVersion(stored.id()));

    assertThat(unitOfWork.unitsOfWork()).isZero();
  }

  @Test
  void givenTheCurrentVersion_deleteNote_removesIt() {
    Note stored = note(db, "note");

    service.deleteNote(
        new DeleteNoteCommand(stored.id(), ExpectedVersions.oneOf(List.of(stored.version()))));

    assertThat(db.notes().findById(stored.id())).isEmpty();
  }

  @Test
  void givenAStaleVersion_deleteNote_throwsStaleVersionAndKeepsTheNote() {
    Note stored = note(db, "note");

    assertThatThrownBy(
            () ->
                service.deleteNote(
                    new DeleteNoteCommand(stored.id(), ExpectedVersions.oneOf(List.of(3L)))))
        .isInstanceOf(StaleVersion.class)
        .hasMessageContaining("note " + stored.id().value());
    assertThat(db.notes().findById(stored.id())).contains(stored);
  }

  @Test
  void givenSeveralVersionsListingTheCurrentOne_deleteNote_removesItInOneUnitOfWork() {
    Note stored = note(db, "note");

    service.deleteNote(
        new DeleteNoteCommand(stored.id(), ExpectedVersions.oneOf(List.of(9L, stored.version()))));

    assertThat(db.notes().findById(stored.id())).isEmpty();
    assertThat(unitOfWork.unitsOfWork()).isEqualTo(1);
  }

  @Test
  void givenAnExpectedVersionOfAMissingNote_deleteNote_throwsNoteNotFound() {
    assertThatThrownBy(
            () ->
                service.deleteNote(
                    new DeleteNoteCommand(new NoteId(404), ExpectedVersions.oneOf(List.of(0L)))))
        .isInstanceOf(NoteNotFound.class);
  }
}
