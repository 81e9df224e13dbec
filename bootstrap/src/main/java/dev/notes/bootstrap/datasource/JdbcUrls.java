package dev.notes.bootstrap.datasource;

import java.util.regex.Pattern;

/**
 * JDBC URLs and database failures as they may be printed: without passwords, in one line; and
 * whether a URL names an embedded H2 database. Shared by the {@code db} commands and the start-up
 * wait ({@link DatabaseWait}).
 */
public final class JdbcUrls {

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(password\\s*=\\s*)[^&;\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]*@");

  /** What an operator reads when no driver in the jar accepts the URL (a typo, another DBMS). */
  static final String NO_DRIVER =
      "no JDBC driver for this URL (Notes ships drivers for jdbc:mysql: and jdbc:h2:)";

  private JdbcUrls() {}

  /** H2 in the same process: a file or memory database, not a server reached over the network. */
  static boolean isEmbeddedH2(String url) {
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:");
  }

  public static String withoutSecrets(String text) {
    if (text == null) {
      return "(no database URL)";
    }
    String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1***@");
  }

  /** The message of the innermost cause, first line only: what an operator can act on. */
  public static String rootMessage(Throwable failure) {
    Throwable root = failure;
    // bounded: two exceptions may name each other as cause
    for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
      root = root.getCause();
    }
    if (root instanceof ClassNotFoundException) {
      return NO_DRIVER + ": " + root.getMessage();
    }
    String message = root.getMessage();
    return message == null
        ? root.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
