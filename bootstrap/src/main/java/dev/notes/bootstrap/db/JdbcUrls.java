package dev.notes.bootstrap.db;

import java.util.regex.Pattern;

/** JDBC URLs as they may be printed: without passwords. */
final class JdbcUrls {

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(password\\s*=\\s*)[^&;\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]*@");

  private JdbcUrls() {}

  static String withoutSecrets(String text) {
    if (text == null) {
      return "(no database URL)";
    }
    String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1***@");
  }
}
