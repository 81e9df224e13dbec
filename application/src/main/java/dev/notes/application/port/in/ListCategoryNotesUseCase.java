package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

/** The original design's {@code category.notes()}: a category's notes, newest first. */
public interface ListCategoryNotesUseCase {

  /**
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   */
  Page<Note, NotePosition> listCategoryNotes(CategoryId id, PageRequest<NotePosition> request);
}
