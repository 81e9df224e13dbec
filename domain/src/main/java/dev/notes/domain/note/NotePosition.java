package dev.notes.domain.note;

import dev.notes.domain.shared.Instants;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a note sits in a note list, which is ordered newest first: createdAt, then id, both
 * descending.
 */
public record NotePosition(Instant createdAt, NoteId id) {

  public NotePosition {
    createdAt = Instants.toMillis(createdAt);
    Objects.requireNonNull(id, "id");
  }

  public static NotePosition of(Note note) {
    return new NotePosition(note.createdAt(), note.id());
  }
}
