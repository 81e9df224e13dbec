package dev.notes.domain.category;

import java.util.Optional;

/**
 * Which categories a list holds: all, those whose name contains a text, or the one with a name;
 * names compared by identity (so case-insensitively). {@code %} and {@code _} in the text are
 * literal characters. As in {@link dev.notes.domain.note.NoteFilter}, {@code σ} and {@code ς} are
 * one letter to a search by substring. The one with a name is a list too, so that a cursor given
 * with it is read as every list reads one: by the store, in the store's order.
 */
public record CategoryFilter(Optional<String> nameKeyContains, Optional<String> nameKey) {

  public CategoryFilter {
    if (nameKeyContains == null || nameKey == null) {
      throw new IllegalArgumentException(
          "nameKeyContains and nameKey must each be a text or empty");
    }
    if (nameKeyContains.isPresent() && nameKey.isPresent()) {
      throw new IllegalArgumentException("a list filters by a name or by a part of one, not both");
    }
  }

  public static CategoryFilter all() {
    return new CategoryFilter(Optional.empty(), Optional.empty());
  }

  public static CategoryFilter nameContaining(String text) {
    return new CategoryFilter(Optional.of(CategoryName.keyOf(text)), Optional.empty());
  }

  public static CategoryFilter named(CategoryName name) {
    return new CategoryFilter(Optional.empty(), Optional.of(name.key()));
  }
}
