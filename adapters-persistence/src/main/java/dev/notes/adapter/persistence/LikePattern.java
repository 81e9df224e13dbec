package dev.notes.adapter.persistence;

/**
 * Makes a search text safe to put inside a {@code LIKE} pattern, so that {@code %} and {@code _}
 * match themselves. The mapper XML wraps the result in {@code CONCAT('%', ?, '%')} and declares
 * {@code ESCAPE '!'}.
 *
 * <p>Why {@code !} and not MySQL's default backslash: a backslash inside an SQL string literal
 * means one thing with {@code NO_BACKSLASH_ESCAPES} and another without, while {@code !} is plain
 * text in every SQL mode and on H2.
 */
final class LikePattern {

  static final char ESCAPE = '!';

  private LikePattern() {}

  /**
   * Whether a search text holds a sigma ({@code Σ}, {@code σ} or {@code ς}): only then must both
   * sides of the comparison fold the word-final {@code ς} into {@code σ} (NoteFilter). A text
   * without one matches the same with or without the fold, which one-for-one replacement keeps.
   */
  static boolean hasSigma(String text) {
    return text.indexOf('Σ') >= 0 || text.indexOf('σ') >= 0 || text.indexOf('ς') >= 0;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
