package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.util.Objects;

/**
 * The original design's {@code search_by_name}, and more: categories by exact name identity (0 or 1
 * result) or by a case-insensitive substring of the name, ordered like the full list.
 */
public interface SearchCategoriesUseCase {

  Page<CategoryWithNoteCount, CategoryPosition> searchCategories(
      CategorySearch search, PageRequest<CategoryPosition> request);

  sealed interface CategorySearch {}

  /** The category named like this, by identity: a page of 0 or 1. */
  record ByExactName(CategoryName name) implements CategorySearch {
    public ByExactName {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Categories whose name contains this text, ignoring case; {@code %} and {@code _} are literal.
   */
  record ByNameContaining(String text) implements CategorySearch {
    public ByNameContaining {
      Objects.requireNonNull(text, "text");
    }
  }
}
