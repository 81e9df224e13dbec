package dev.notes.adapter.persistence;

import java.time.Instant;

/**
 * A {@code note} row with its category's id and name (both {@code null} when uncategorized). Flat,
 * not a nested category: MyBatis maps a nested association through a merge key built for every row,
 * which a note with at most one category never needs. Mutable on purpose: MyBatis sets the
 * generated id after an insert.
 */
final class NoteRow {

  Long id;
  String text;
  Long categoryId;
  String categoryName;
  Instant createdAt;
  Instant updatedAt;
  long version;
}
