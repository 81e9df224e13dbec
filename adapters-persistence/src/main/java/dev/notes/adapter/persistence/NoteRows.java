package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.Optional;

/** Translates between notes and their rows; the only place that knows both shapes. */
final class NoteRows {

  private NoteRows() {}

  static NoteRow toRow(Note note) {
    NoteRow row = new NoteRow();
    row.id = note.id().value();
    row.text = note.text().value();
    note.category().ifPresent(ref -> setCategory(row, ref));
    row.createdAt = note.createdAt();
    row.updatedAt = note.updatedAt();
    row.version = note.version();
    return row;
  }

  /** A row to insert; the database assigns its id. */
  static NoteRow newRow(NoteText text, Optional<CategoryRef> category, Instant now) {
    NoteRow row = new NoteRow();
    row.text = text.value();
    category.ifPresent(ref -> setCategory(row, ref));
    row.createdAt = now;
    row.updatedAt = now;
    row.version = Note.FIRST_VERSION;
    return row;
  }

  /**
   * A row whose category is gone breaks the foreign key that every write relies on, and a row the
   * domain's rules refuse breaks them: defects of the storage, answered as such (500), not as a
   * mistake of whoever asked for the note.
   */
  static Note toNote(NoteRow row) {
    if (row.categoryId != null && row.categoryName == null) {
      throw new IllegalStateException(
          "note " + row.id + " refers to category " + row.categoryId + ", which does not exist");
    }
    try {
      return new Note(
          new NoteId(row.id),
          new NoteText(row.text),
          Optional.ofNullable(row.categoryId).map(id -> toRef(id, row.categoryName)),
          row.createdAt,
          row.updatedAt,
          row.version);
    } catch (InvalidValue refused) {
      throw new StoredRowBreaksARule("note " + row.id, refused);
    }
  }

  static NotePosition toPosition(NotePositionRow row) {
    return new NotePosition(row.createdAt, new NoteId(row.id));
  }

  private static void setCategory(NoteRow row, CategoryRef ref) {
    row.categoryId = ref.id().value();
    row.categoryName = ref.name().value();
  }

  private static CategoryRef toRef(long id, String name) {
    return new CategoryRef(new CategoryId(id), new CategoryName(name));
  }
}
