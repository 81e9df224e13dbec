package dev.notes.domain.category;

import java.util.Objects;

/** A category together with how many notes it holds, read in the same statement. */
public record CategoryWithNoteCount(Category category, long noteCount) {

  public CategoryWithNoteCount {
    Objects.requireNonNull(category, "category");
    if (noteCount < 0) {
      throw new IllegalArgumentException("a note count is never negative, was " + noteCount);
    }
  }
}
