package dev.notes.application.service;

import dev.notes.application.port.in.SearchCategoriesUseCase;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

public final class SearchCategoriesService implements SearchCategoriesUseCase {

  private final CategoryRepository categories;

  public SearchCategoriesService(CategoryRepository categories) {
    this.categories = categories;
  }

  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> searchCategories(
      CategorySearch search, PageRequest<CategoryPosition> request) {
    CategoryFilter filter =
        search instanceof ByExactName exact
            ? CategoryFilter.named(exact.name())
            : CategoryFilter.nameContaining(((ByNameContaining) search).text());
    return categories.page(filter, request);
  }
}
