package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;

public interface DeleteCategoryUseCase {

  /**
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   * @throws dev.notes.domain.category.CategoryStillHasNotes when notes belong to it
   */
  void deleteCategory(CategoryId id);
}
