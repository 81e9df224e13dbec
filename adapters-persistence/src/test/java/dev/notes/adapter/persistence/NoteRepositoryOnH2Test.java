package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.testing.NoteRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;

/** The note repository contract, on MyBatis and H2. */
@MyBatisOnH2
class NoteRepositoryOnH2Test extends NoteRepositoryContract {

  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;
  @Autowired private NoteMapper noteMapper;

  @Override
  protected CategoryRepository categories() {
    return categories;
  }

  @Override
  protected NoteRepository notes() {
    return notes;
  }

  @Override
  protected NoteRepository notesReadingAtMost(int notesPerSearch) {
    return new MyBatisNoteRepository(
        noteMapper,
        notesPerSearch,
        SearchBudgetTest.roomForEverySearch(),
        ListGateTest.roomForEveryList());
  }
}
