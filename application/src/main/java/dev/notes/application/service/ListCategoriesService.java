package dev.notes.application.service;

import dev.notes.application.port.in.ListCategoriesUseCase;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

public final class ListCategoriesService implements ListCategoriesUseCase {

  private final CategoryRepository categories;

  public ListCategoriesService(CategoryRepository categories) {
    this.categories = categories;
  }

  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> listCategories(
      PageRequest<CategoryPosition> request) {
    return categories.page(CategoryFilter.all(), request);
  }
}
