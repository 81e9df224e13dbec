package dev.notes.adapter.persistence;

/** A category row with its note count, read in the same statement. */
final class CountedCategoryRow extends CategoryRow {

  long noteCount;
}
