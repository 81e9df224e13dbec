package dev.notes.domain.category;

/** A category's identity, assigned by the database. */
public record CategoryId(long value) {

  public CategoryId {
    if (value <= 0) {
      throw new IllegalArgumentException("a category id is positive, was " + value);
    }
  }
}
