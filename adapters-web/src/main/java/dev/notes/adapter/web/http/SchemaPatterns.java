package dev.notes.adapter.web.http;

/**
 * The regular expressions the OpenAPI schemas give request fields, so that a generated client can
 * refuse what the domain would before sending it. The domain stays the one that decides; {@code
 * ApiContractTest} holds these to its rules.
 */
public final class SchemaPatterns {

  /**
   * Unicode's White_Space, as the domain's {@code UnicodeText.isWhiteSpace} has it, written as the
   * inside of a regular-expression character class (ECMA-262's {@code \s} is a different list).
   */
  public static final String WHITE_SPACE =
      "\\t-\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

  /** A note's text: something besides white space. */
  public static final String NOTE_TEXT = "^[\\s\\S]*[^" + WHITE_SPACE + "][\\s\\S]*$";

  /**
   * A category name: no control characters (C0, DEL, C1), and something besides white space, as the
   * domain checks. Stricter than the domain at the ends, where it trims white space (tabs and line
   * breaks among it) before it looks for control characters.
   */
  public static final String CATEGORY_NAME =
      "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x1F\\x7F-\\x9F"
          + WHITE_SPACE
          + "][^\\x00-\\x1F\\x7F-\\x9F]*$";

  private SchemaPatterns() {}
}
