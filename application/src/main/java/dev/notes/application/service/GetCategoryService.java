package dev.notes.application.service;

import dev.notes.application.port.in.GetCategoryUseCase;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;

/** One SELECT: reads run without a unit of work, saving the BEGIN/COMMIT round trips. */
public final class GetCategoryService implements GetCategoryUseCase {

  private final CategoryRepository categories;

  public GetCategoryService(CategoryRepository categories) {
    this.categories = categories;
  }

  @Override
  public CategoryWithNoteCount getCategory(CategoryId id) {
    return categories.findWithNoteCountById(id).orElseThrow(() -> new CategoryNotFound(id));
  }
}
