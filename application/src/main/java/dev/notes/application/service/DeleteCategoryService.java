package dev.notes.application.service;

import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;

public final class DeleteCategoryService implements DeleteCategoryUseCase {

  private final CategoryRepository categories;
  private final UnitOfWork unitOfWork;

  public DeleteCategoryService(CategoryRepository categories, UnitOfWork unitOfWork) {
    this.categories = categories;
    this.unitOfWork = unitOfWork;
  }

  /**
   * Any version: one DELETE, atomic on its own, no unit of work; the repository refuses it while
   * notes belong to the category, saying how many. Expected versions: the category is read for
   * change first and its version compared (a precondition comes before the rules: a stale delete is
   * a 412 even when notes are in the way), then removed in the same unit of work.
   */
  @Override
  public void deleteCategory(DeleteCategoryCommand command) {
    CategoryId id = command.id();
    if (command.expectedVersions().isAny()) {
      remove(id);
      return;
    }
    unitOfWork.inTransaction(
        () -> {
          Category current =
              categories.findForChange(id).orElseThrow(() -> new CategoryNotFound(id));
          command.expectedVersions().check(current.version(), "category " + id.value());
          remove(id);
          return null;
        });
  }

  private void remove(CategoryId id) {
    if (!categories.remove(id)) {
      throw new CategoryNotFound(id);
    }
  }
}
