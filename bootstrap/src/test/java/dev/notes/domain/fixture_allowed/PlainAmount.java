package dev.notes.domain.fixture_allowed;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Right on purpose (rule 2b): a value that computes with allow-listed JDK packages only and says it
 * is Serializable, the one thing of java.io that the rule lets through.
 */
public record PlainAmount(BigDecimal value, LocalDate day) implements Serializable {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  public static boolean isDigits(String text) {
    return DIGITS.matcher(text).matches();
  }

  public String dayText() {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
  }
}
