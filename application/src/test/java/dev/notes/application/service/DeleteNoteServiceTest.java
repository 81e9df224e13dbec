package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.Category;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

class DeleteNoteServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final DeleteNoteService service = new DeleteNoteService(db.notes());

  @Test
  void givenNoteInCategory_deleteNote_removesTheNoteButKeepsTheCategory() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note", tech);

    service.deleteNote(stored.id());

    assertThat(db.notes().findById(stored.id())).isEmpty();
    assertThat(db.categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenMissingNote_deleteNote_throwsNoteNotFound() {
    assertThatThrownBy(() -> service.deleteNote(new NoteId(404))).isInstanceOf(NoteNotFound.class);
  }
}
