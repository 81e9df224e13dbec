package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

/** All categories, ordered by name identity then id, each with its note count. */
public interface ListCategoriesUseCase {

  Page<CategoryWithNoteCount, CategoryPosition> listCategories(
      PageRequest<CategoryPosition> request);
}
