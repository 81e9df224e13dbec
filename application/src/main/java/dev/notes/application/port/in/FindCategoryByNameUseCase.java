package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryWithNoteCount;

/** The original design's {@code find_by_name}: exactly one category, or "not found". */
public interface FindCategoryByNameUseCase {

  /**
   * The category whose name has the identity of {@code name} (so {@code TECH} finds {@code tech}),
   * with its stored spelling.
   *
   * @throws dev.notes.domain.category.CategoryNotFound when there is none
   */
  CategoryWithNoteCount findCategoryByName(CategoryName name);
}
