package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.shared.PageRequest;

/**
 * The parameters of one category-list statement: an escaped name-key substring or null (its sigmas
 * folded to {@code σ} when {@code foldSigma}, which the statement does to the keys too), the keyset
 * position to continue after or nulls, and how many rows to read (one more than the page, to tell
 * whether another page follows).
 */
record CategoryPageQuery(
    String nameKeyContains, boolean foldSigma, String afterNameKey, Long afterId, int fetch) {

  static CategoryPageQuery of(CategoryFilter filter, PageRequest<CategoryPosition> request) {
    boolean foldSigma = filter.nameKeyContains().filter(LikePattern::hasSigma).isPresent();
    return new CategoryPageQuery(
        filter
            .nameKeyContains()
            .map(LikePattern::escape)
            .map(text -> foldSigma ? text.replace('ς', 'σ') : text)
            .orElse(null),
        foldSigma,
        request.after().map(CategoryPosition::nameKey).orElse(null),
        request.after().map(after -> after.id().value()).orElse(null),
        request.limit() + 1);
  }
}
