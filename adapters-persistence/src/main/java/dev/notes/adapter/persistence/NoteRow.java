package dev.notes.adapter.persistence;

import java.time.Instant;

/**
 * A {@code note} row with its category's id and name ({@code null} when uncategorized). Mutable on
 * purpose: MyBatis sets the generated id after an insert.
 */
final class NoteRow {

  Long id;
  String text;
  CategoryRefRow category;
  Instant createdAt;
  Instant updatedAt;
  long version;
}
