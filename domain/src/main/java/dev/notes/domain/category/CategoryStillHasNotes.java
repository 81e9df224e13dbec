package dev.notes.domain.category;

import dev.notes.domain.shared.DomainException;

/** A category cannot be deleted while notes belong to it. */
public final class CategoryStillHasNotes extends DomainException {

  private static final long serialVersionUID = 1L;

  private final long noteCount;

  public CategoryStillHasNotes(CategoryId id, long noteCount) {
    super(
        "category "
            + id.value()
            + " still has "
            + noteCount
            + (noteCount == 1 ? " note" : " notes")
            + "; move or delete them first");
    this.noteCount = noteCount;
  }

  public long noteCount() {
    return noteCount;
  }
}
