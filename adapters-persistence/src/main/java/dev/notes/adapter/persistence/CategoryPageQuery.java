package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.shared.PageRequest;

/**
 * The parameters of one category-list statement: an escaped name-key substring or null (its {@code
 * ς} written {@code σ}; when it holds a sigma, {@code foldSigma} has the statement fold the keys
 * too), the one name key to match or null, the keyset position to continue after or nulls, and how
 * many rows to read (one more than the page, to tell whether another page follows).
 */
record CategoryPageQuery(
    String nameKeyContains,
    boolean foldSigma,
    String nameKey,
    String afterNameKey,
    Long afterId,
    int fetch) {

  static CategoryPageQuery of(CategoryFilter filter, PageRequest<CategoryPosition> request) {
    return new CategoryPageQuery(
        filter
            .nameKeyContains()
            .map(LikePattern::escape)
            .map(key -> key.replace('ς', 'σ'))
            .orElse(null),
        filter.nameKeyContains().filter(LikePattern::hasSigma).isPresent(),
        filter.nameKey().orElse(null),
        request.after().map(CategoryPosition::nameKey).orElse(null),
        request.after().map(after -> after.id().value()).orElse(null),
        request.limit() + 1);
  }
}
