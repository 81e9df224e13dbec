package dev.notes.domain.category;

import dev.notes.domain.shared.DomainException;

/** Another category already has a name with the same identity. */
public final class CategoryNameTaken extends DomainException {

  private static final long serialVersionUID = 1L;

  public CategoryNameTaken(CategoryName name) {
    super(
        "a category named '"
            + name.value()
            + "' already exists (names are compared ignoring case)");
  }
}
