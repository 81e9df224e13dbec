package dev.notes.domain.testing;

import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;

class InMemoryNoteRepositoryTest extends NoteRepositoryContract {

  private final InMemoryDatabase db = new InMemoryDatabase();

  @Override
  protected CategoryRepository categories() {
    return db.categories();
  }

  @Override
  protected NoteRepository notes() {
    return db.notes();
  }

  @Override
  protected NoteRepository notesReadingAtMost(int notesPerSearch) {
    return db.notesReadingAtMost(notesPerSearch);
  }
}
