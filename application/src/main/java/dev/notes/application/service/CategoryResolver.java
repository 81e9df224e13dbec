package dev.notes.application.service;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import java.time.Instant;
import java.util.Optional;

/** Turns a caller's choice of category into the category a note refers to. */
final class CategoryResolver {

  private final CategoryRepository categories;

  CategoryResolver(CategoryRepository categories) {
    this.categories = categories;
  }

  /**
   * Must run inside the caller's unit of work: a category made by name lives or dies with the note.
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
}
