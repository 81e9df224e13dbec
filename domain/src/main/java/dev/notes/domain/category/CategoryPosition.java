package dev.notes.domain.category;

import java.util.Objects;

/** Where a category sits in a category list, which is ordered by name identity, then id. */
public record CategoryPosition(String nameKey, CategoryId id) {

  public CategoryPosition {
    Objects.requireNonNull(nameKey, "nameKey");
    Objects.requireNonNull(id, "id");
  }

  public static CategoryPosition of(Category category) {
    return new CategoryPosition(category.name().key(), category.id());
  }
}
