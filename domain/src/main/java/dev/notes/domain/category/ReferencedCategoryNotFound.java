package dev.notes.domain.category;

import dev.notes.domain.shared.DomainException;

/** A note was asked to refer to a category that does not exist. */
public final class ReferencedCategoryNotFound extends DomainException {

  private static final long serialVersionUID = 1L;

  public ReferencedCategoryNotFound(CategoryId id) {
    super("category " + id.value() + " does not exist");
  }
}
