package dev.notes.domain.testing;

import dev.notes.domain.note.NoteText;
import java.time.Instant;

/** A note row of the in-memory store: it keeps the category's id only, like a foreign key. */
record StoredNote(
    long id, NoteText text, Long categoryId, Instant createdAt, Instant updatedAt, long version) {}
