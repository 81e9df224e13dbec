package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.testing.CategoryRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;

/** The category repository contract, on MyBatis and H2. */
@MyBatisOnH2
class CategoryRepositoryOnH2Test extends CategoryRepositoryContract {

  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;

  @Override
  protected CategoryRepository categories() {
    return categories;
  }

  @Override
  protected NoteRepository notes() {
    return notes;
  }
}
