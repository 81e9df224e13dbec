package dev.notes.adapter.persistence;

import java.time.Instant;

/** A note's place in the lists, (created_at, id), read from an index without the note's row. */
final class NotePositionRow {

  Instant createdAt;
  Long id;
}
