package dev.notes.application.service;

import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.note.NoteRepository;

public final class DeleteCategoryService implements DeleteCategoryUseCase {

  private final CategoryRepository categories;
  private final NoteRepository notes;
  private final UnitOfWork unitOfWork;

  public DeleteCategoryService(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork) {
    this.categories = categories;
    this.notes = notes;
    this.unitOfWork = unitOfWork;
  }

  /**
   * Expected versions are compared first, on the category read for change (a precondition comes
   * before the rules: a stale delete is a 412 even when notes are in the way). Then the notes are
   * counted so that the refusal can say how many are in the way; the repository still refuses on
   * its own if a note arrives between the count and the delete.
   */
  @Override
  public void deleteCategory(DeleteCategoryCommand command) {
    CategoryId id = command.id();
    unitOfWork.inTransaction(
        () -> {
          if (!command.expectedVersions().isAny()) {
            Category current =
                categories.findForChange(id).orElseThrow(() -> new CategoryNotFound(id));
            command.expectedVersions().check(current.version(), "category " + id.value());
          }
          long noteCount = notes.countByCategory(id);
          if (noteCount > 0) {
            throw new CategoryStillHasNotes(id, noteCount);
          }
          if (!categories.remove(id)) {
            throw new CategoryNotFound(id);
          }
          return null;
        });
  }
}
