package dev.notes.adapter.persistence;

import java.time.Instant;

/**
 * A {@code note} row with its category's id and name (both {@code null} when uncategorized), flat:
 * MyBatis maps a flat row without the per-row keys and nested maps an association costs. Mutable on
 * purpose: MyBatis sets the generated id after an insert.
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
