package dev.notes.domain.note;

import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.shared.Instants;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A text, in at most one category. Immutable: a change returns the next version, which the
 * repository stores only if nobody stored another change first.
 */
public record Note(
    NoteId id,
    NoteText text,
    Optional<CategoryRef> category,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static final long FIRST_VERSION = 0;

  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category (empty when uncategorized)");
    createdAt = Instants.toMillis(createdAt);
    updatedAt = Instants.toMillis(updatedAt);
    if (version < FIRST_VERSION) {
      throw new IllegalArgumentException("a version is never negative, was " + version);
    }
  }

  /** The note as it is when first stored. */
  public static Note created(
      NoteId id, NoteText text, Optional<CategoryRef> category, Instant now) {
    return new Note(id, text, category, now, now, FIRST_VERSION);
  }

  public Note edited(NoteText newText, Optional<CategoryRef> newCategory, Instant now) {
    return new Note(id, newText, newCategory, createdAt, now, version + 1);
  }
}
