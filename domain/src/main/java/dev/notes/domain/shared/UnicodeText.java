package dev.notes.domain.shared;

/** Facts about strings that more than one value object needs. */
public final class UnicodeText {

  private UnicodeText() {}

  /**
   * False when the string holds a lone surrogate: such a string has no UTF-8 form, and MySQL would
   * refuse it with an error instead of a clear message.
   */
  public static boolean isWellFormed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Unicode's White_Space property. Java's {@code isWhitespace} leaves out the no-break spaces
   * (U+00A0, U+2007, U+202F) and NEL, and counts four control characters (U+001C..U+001F) in; a
   * user who sees blank space means this list.
   */
  public static boolean isWhiteSpace(int codePoint) {
    return (codePoint >= 0x09 && codePoint <= 0x0D)
        || codePoint == 0x20
        || codePoint == 0x85
        || codePoint == 0xA0
        || codePoint == 0x1680
        || (codePoint >= 0x2000 && codePoint <= 0x200A)
        || codePoint == 0x2028
        || codePoint == 0x2029
        || codePoint == 0x202F
        || codePoint == 0x205F
        || codePoint == 0x3000;
  }

  /** True when the text holds nothing but {@link #isWhiteSpace white space}. */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(UnicodeText::isWhiteSpace);
  }

  /** The text without leading and trailing {@link #isWhiteSpace white space}. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhiteSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isWhiteSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** The number of bytes of the UTF-8 encoding of a well-formed string, without encoding it. */
  public static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
