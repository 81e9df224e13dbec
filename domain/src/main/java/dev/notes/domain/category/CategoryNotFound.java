package dev.notes.domain.category;

import dev.notes.domain.shared.DomainException;

/** No category has this id, or this name. */
public final class CategoryNotFound extends DomainException {

  private static final long serialVersionUID = 1L;

  public CategoryNotFound(CategoryId id) {
    super("category " + id.value() + " does not exist");
  }

  public CategoryNotFound(CategoryName name) {
    super("no category is named '" + name.value() + "'");
  }
}
