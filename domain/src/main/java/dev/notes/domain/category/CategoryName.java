package dev.notes.domain.category;

import dev.notes.domain.shared.InvalidValue;
import dev.notes.domain.shared.UnicodeText;
import java.util.Locale;

/**
 * A category's name, as its owner spelled it: stripped of leading and trailing white space, 1 to
 * {@value #MAX_CODE_POINTS} code points, no control characters.
 *
 * <p>Two names are the same category when their {@link #key() identity keys} are equal. The key is
 * computed here, in Java, so that every database agrees on it whatever its collation.
 */
public record CategoryName(String value) {

  public static final int MAX_CODE_POINTS = 10;
  private static final String VALUE_NAME = "category name";

  public CategoryName {
    if (value == null) {
      throw new InvalidValue(VALUE_NAME, "is required");
    }
    value = UnicodeText.strip(value);
    if (value.isEmpty()) {
      throw new InvalidValue(VALUE_NAME, "must not be blank");
    }
    if (!UnicodeText.isWellFormed(value)) {
      throw new InvalidValue(VALUE_NAME, "must be well-formed Unicode (it holds a lone surrogate)");
    }
    int length = value.codePointCount(0, value.length());
    if (length > MAX_CODE_POINTS) {
      throw new InvalidValue(
          VALUE_NAME, "must be at most " + MAX_CODE_POINTS + " characters, was " + length);
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValue(VALUE_NAME, "must not contain control characters");
    }
  }

  /**
   * The identity of this name: {@code Tech} and {@code tech} share it, {@code café} and {@code
   * cafe} do not.
   */
  public String key() {
    return keyOf(value);
  }

  public boolean sameIdentityAs(CategoryName other) {
    return key().equals(other.key());
  }

  /** The identity key of any text, so that a search term can be compared with names. */
  public static String keyOf(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
