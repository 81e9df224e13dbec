package dev.notes.domain.category;

import java.util.Objects;

/** What a note knows of its category. */
public record CategoryRef(CategoryId id, CategoryName name) {

  public CategoryRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
