package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryWithNoteCount;

public interface GetCategoryUseCase {

  /**
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   */
  CategoryWithNoteCount getCategory(CategoryId id);
}
