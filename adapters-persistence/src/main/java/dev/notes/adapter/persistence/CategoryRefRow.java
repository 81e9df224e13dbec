package dev.notes.adapter.persistence;

/** The part of a category that a note row carries, joined in the note's own statement. */
final class CategoryRefRow {

  Long id;
  String name;
}
