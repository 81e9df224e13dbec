package dev.notes.application.service;

import dev.notes.application.port.in.SearchCategoriesUseCase;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class SearchCategoriesService implements SearchCategoriesUseCase {

  private static final Comparator<CategoryPosition> LIST_ORDER =
      Comparator.comparing(CategoryPosition::nameKey)
          .thenComparingLong(position -> position.id().value());

  private final CategoryRepository categories;

  public SearchCategoriesService(CategoryRepository categories) {
    this.categories = categories;
  }

  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> searchCategories(
      CategorySearch search, PageRequest<CategoryPosition> request) {
    if (search instanceof ByExactName exact) {
      List<CategoryWithNoteCount> found =
          categories
              .findWithNoteCountByName(exact.name())
              .filter(match -> isAfter(match, request.after()))
              .stream()
              .toList();
      return new Page<>(found, Optional.empty());
    }
    String text = ((ByNameContaining) search).text();
    return categories.page(CategoryFilter.nameContaining(text), request);
  }

  /** A page that starts after the match does not hold it again. */
  private static boolean isAfter(CategoryWithNoteCount match, Optional<CategoryPosition> after) {
    CategoryPosition position = CategoryPosition.of(match.category());
    return after.map(start -> LIST_ORDER.compare(position, start) > 0).orElse(true);
  }
}
