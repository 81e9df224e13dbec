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
