package dev.notes.adapter.web;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resource's ETag is its version as a strong tag ({@code "3"}); {@code If-Match} names the
 * version a change expects.
 */
final class EntityTags {

  /** Exactly what {@link #of} writes: no sign, no leading zero, fits a long. */
  private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

  private EntityTags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header expects; empty when any will do (no header, or {@code
   * *}). If-Match compares strongly (RFC 9110 13.1.1), so a weak tag ({@code W/"3"}), a list, or
   * anything we never write as an ETag can never match: 412 at once, nothing changed.
   */
  static OptionalLong expectedVersion(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher tag = STRONG_VERSION_TAG.matcher(ifMatch.strip());
    if (!tag.matches()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_FAILED,
          "If-Match " + ifMatch.strip() + " can never match: ETags here are strong, like \"3\"");
    }
    return OptionalLong.of(Long.parseLong(tag.group(1)));
  }
}
