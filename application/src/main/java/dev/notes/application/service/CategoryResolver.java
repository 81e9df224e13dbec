package dev.notes.application.service;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a caller's choice of category into the category a note refers to, and runs a write again
 * when the category it chose by name was deleted before the note was stored.
 */
final class CategoryResolver {

  static final int ATTEMPTS_BY_NAME = 3;

  private final CategoryRepository categories;

  CategoryResolver(CategoryRepository categories) {
    this.categories = categories;
  }

  /**
   * For a category chosen by name, must run inside the caller's unit of work: the category made
   * lives or dies with the note. A category chosen by id is only read, and needs none.
   */
  Optional<CategoryRef> resolve(CategoryChoice choice, Instant now) {
    if (choice instanceof CategoryChoice.ById byId) {
      return Optional.of(
          categories
              .findById(byId.id())
              .map(Category::ref)
              .orElseThrow(() -> new ReferencedCategoryNotFound(byId.id())));
    }
    if (choice instanceof CategoryChoice.ByName byName) {
      return Optional.of(categories.findOrAdd(byName.name(), now).ref());
    }
    return Optional.empty();
  }

  /**
   * Runs a unit of work that stores a note in its chosen category; for a category chosen by name,
   * again from the start when the category it found was deleted before the note was stored (the
   * repository refuses the note with ReferencedCategoryNotFound). The caller never named that
   * category's id, and a fresh unit of work makes the category anew. A category deleted under every
   * attempt is contention, not the caller's mistake: StorageUnavailable.
   */
  <T> T store(CategoryChoice choice, Supplier<T> unitOfWork) {
    if (!(choice instanceof CategoryChoice.ByName)) {
      return unitOfWork.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return unitOfWork.get();
      } catch (ReferencedCategoryNotFound deletedMeanwhile) {
        if (attempt == ATTEMPTS_BY_NAME) {
          throw StorageUnavailable.busy(deletedMeanwhile);
        }
      }
    }
  }
}
