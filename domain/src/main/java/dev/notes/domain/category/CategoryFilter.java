package dev.notes.domain.category;

import java.util.Optional;

/**
 * Which categories a list holds: all, or those whose name contains a text, compared by identity (so
 * case-insensitively). {@code %} and {@code _} in the text are literal characters. As in {@link
 * dev.notes.domain.note.NoteFilter}, {@code σ} and {@code ς} are one letter to the comparison.
 */
public record CategoryFilter(Optional<String> nameKeyContains) {

  public CategoryFilter {
    if (nameKeyContains == null) {
      throw new IllegalArgumentException("nameKeyContains must be a text or empty");
    }
  }

  public static CategoryFilter all() {
    return new CategoryFilter(Optional.empty());
  }

  public static CategoryFilter nameContaining(String text) {
    return new CategoryFilter(Optional.of(CategoryName.keyOf(text)));
  }
}
