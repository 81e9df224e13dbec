package dev.notes.application.service;

import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;

public final class FindCategoryByNameService implements FindCategoryByNameUseCase {

  private final CategoryRepository categories;

  public FindCategoryByNameService(CategoryRepository categories) {
    this.categories = categories;
  }

  @Override
  public CategoryWithNoteCount findCategoryByName(CategoryName name) {
    return categories.findWithNoteCountByName(name).orElseThrow(() -> new CategoryNotFound(name));
  }
}
