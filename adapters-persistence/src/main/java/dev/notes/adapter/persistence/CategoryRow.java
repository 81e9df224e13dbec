package dev.notes.adapter.persistence;

import java.time.Instant;

/**
 * A {@code category} row as MyBatis reads and writes it. Mutable on purpose: MyBatis sets the
 * generated id after an insert. MyBatis reaches the fields directly, so no accessors are needed.
 */
class CategoryRow {

  Long id;
  String name;
  String nameKey;
  Instant createdAt;
  Instant updatedAt;
  long version;
}
