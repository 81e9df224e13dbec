package dev.notes.application.service;

import dev.notes.application.port.in.ListCategoryNotesUseCase;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

public final class ListCategoryNotesService implements ListCategoryNotesUseCase {

  private final CategoryRepository categories;
  private final NoteRepository notes;

  public ListCategoryNotesService(CategoryRepository categories, NoteRepository notes) {
    this.categories = categories;
    this.notes = notes;
  }

  /**
   * A page with notes proves that the category exists (a note cannot refer to a missing one), so
   * only an empty page costs a second statement to tell "no notes" from "no such category".
   */
  @Override
  public Page<Note, NotePosition> listCategoryNotes(
      CategoryId id, PageRequest<NotePosition> request) {
    Page<Note, NotePosition> page = notes.page(NoteFilter.inCategory(id), request);
    if (page.items().isEmpty() && categories.findById(id).isEmpty()) {
      throw new CategoryNotFound(id);
    }
    return page;
  }
}
