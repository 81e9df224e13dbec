package dev.notes.domain.note;

import dev.notes.domain.shared.InvalidValue;
import dev.notes.domain.shared.UnicodeText;

/**
 * A note's text, kept exactly as written (never trimmed): it has a non-white-space character and
 * fits a MySQL {@code TEXT} column, {@value #MAX_UTF8_BYTES} bytes of UTF-8.
 */
public record NoteText(String value) {

  public static final int MAX_UTF8_BYTES = 65_535;
  private static final String VALUE_NAME = "note text";

  public NoteText {
    if (value == null) {
      throw new InvalidValue(VALUE_NAME, "is required");
    }
    if (UnicodeText.isBlank(value)) {
      throw new InvalidValue(VALUE_NAME, "must contain a non-white-space character");
    }
    if (!UnicodeText.isWellFormed(value)) {
      throw new InvalidValue(VALUE_NAME, "must be well-formed Unicode (it holds a lone surrogate)");
    }
    long bytes = UnicodeText.utf8Length(value);
    if (bytes > MAX_UTF8_BYTES) {
      throw new InvalidValue(
          VALUE_NAME, "must be at most " + MAX_UTF8_BYTES + " bytes as UTF-8, was " + bytes);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
