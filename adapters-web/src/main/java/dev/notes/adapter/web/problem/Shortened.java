package dev.notes.adapter.web.problem;

/**
 * What a client sent, as a problem's detail repeats it: enough to recognise it, never the kilobytes
 * a path, a parameter, a method or a header may hold.
 */
public final class Shortened {

  static final int MAX_CHARACTERS = 40;

  private Shortened() {}

  /**
   * The value, cut after {@value #MAX_CHARACTERS} characters. Cut between code points: half of an
   * emoji would be a lone surrogate, which no JSON text may carry.
   */
  public static String of(String sent) {
    if (sent.codePointCount(0, sent.length()) <= MAX_CHARACTERS) {
      return sent;
    }
    return sent.substring(0, sent.offsetByCodePoints(0, MAX_CHARACTERS)) + "...";
  }
}
