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

class GetNoteServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final GetNoteService service = new GetNoteService(db.notes());

  @Test
  void givenStoredNote_getNote_returnsItWithItsCategory() {
    Category tech = category(db, "tech");
    Note stored = note(db, "note", tech);

    Note found = service.getNote(stored.id());

    assertThat(found).isEqualTo(stored);
    assertThat(found.category()).contains(tech.ref());
  }

  @Test
  void givenMissingNote_getNote_throwsNoteNotFound() {
    assertThatThrownBy(() -> service.getNote(new NoteId(404))).isInstanceOf(NoteNotFound.class);
  }
}
