package dev.notes.domain.note;

/** A note's identity, assigned by the database. */
public record NoteId(long value) {

  public NoteId {
    if (value <= 0) {
      throw new IllegalArgumentException("a note id is positive, was " + value);
    }
  }
}
