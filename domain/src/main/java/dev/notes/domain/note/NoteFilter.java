package dev.notes.domain.note;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.shared.InvalidValue;
import java.util.Optional;

/**
 * Which notes a list holds: all, those of one category, or the uncategorized ones; optionally only
 * those whose text contains a substring, compared case-insensitively, with {@code %} and {@code _}
 * as literal characters. The two small sigmas, {@code σ} and the word-final {@code ς}, are one
 * letter to the comparison: lower-casing a whole text turns a capital sigma at the end of a word
 * into {@code ς}, so {@code ΟΣ} lower-cased alone would not be found in {@code ΟΣΑ}.
 */
public record NoteFilter(
    Optional<CategoryId> category, boolean uncategorizedOnly, Optional<String> textContains) {

  public NoteFilter {
    if (category == null || textContains == null) {
      throw new IllegalArgumentException("category and textContains must be values or empty");
    }
    if (category.isPresent() && uncategorizedOnly) {
      throw new InvalidValue(
          "uncategorized-only", "cannot be combined with a category: a note has one or none");
    }
  }

  public static NoteFilter all() {
    return new NoteFilter(Optional.empty(), false, Optional.empty());
  }

  public static NoteFilter uncategorized() {
    return new NoteFilter(Optional.empty(), true, Optional.empty());
  }

  public static NoteFilter inCategory(CategoryId id) {
    return new NoteFilter(Optional.of(id), false, Optional.empty());
  }

  public NoteFilter withTextContaining(String text) {
    return new NoteFilter(category, uncategorizedOnly, Optional.of(text));
  }
}
