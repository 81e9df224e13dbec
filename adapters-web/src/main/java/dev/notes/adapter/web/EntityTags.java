package dev.notes.adapter.web;

import dev.notes.application.port.in.StaleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resource's ETag is its version as a strong tag ({@code "3"}); {@code If-Match} names the
 * versions a change may be applied to (RFC 9110 13.1.1).
 */
final class EntityTags {

  /** Exactly what {@link #of} writes: no sign, no leading zero, fits a long. */
  private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

  private EntityTags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Applies a change under an {@code If-Match} header: to whatever version is current when there is
   * none (or {@code *}); otherwise only to a version the header lists, compared atomically by the
   * use case (412 if it is another, nothing changed).
   *
   * <p>With one version listed, that one is the expected version. With several, the change is
   * applied at the current version if it is one of them: it is read first, then passed as the
   * expected version, so a change in between still fails the comparison instead of being lost; if
   * the version it moved to is listed too, the change is tried again at that one.
   *
   * @param what names the resource in a 412, like the use cases do: {@code note 7}
   * @param currentVersion reads the stored version (only for a list of several)
   * @param change calls the use case with the expected version, empty for any
   */
  static <T> T ifMatch(
      @Nullable String ifMatch,
      String what,
      LongSupplier currentVersion,
      Function<OptionalLong, T> change) {
    Optional<SortedSet<Long>> expected = expectedVersions(ifMatch);
    if (expected.isEmpty()) {
      return change.apply(OptionalLong.empty());
    }
    SortedSet<Long> versions = expected.get();
    if (versions.size() == 1) {
      return change.apply(OptionalLong.of(versions.first()));
    }
    for (int attempt = 1; ; attempt++) {
      long current = currentVersion.getAsLong();
      if (!versions.contains(current)) {
        throw new ResponseStatusException(
            HttpStatus.PRECONDITION_FAILED,
            what
                + " is at version "
                + current
                + ", which If-Match does not list; read it again and retry");
      }
      try {
        return change.apply(OptionalLong.of(current));
      } catch (StaleVersion changedMeanwhile) {
        // versions only grow, so each attempt is at a different listed version
        if (attempt >= versions.size()) {
          throw changedMeanwhile;
        }
      }
    }
  }

  /**
   * The versions an {@code If-Match} header lists; empty when any will do (no header, or {@code
   * *}). If-Match compares strongly, so a weak tag ({@code W/"3"}) or a tag we never write as an
   * ETag ({@code "03"}, {@code "abc"}) matches nothing and is skipped; a header that is not a list
   * of entity-tags matches nothing at all. When nothing is left, the request can never succeed: 412
   * at once, nothing changed.
   */
  static Optional<SortedSet<Long>> expectedVersions(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return Optional.empty();
    }
    SortedSet<Long> versions = new TreeSet<>();
    for (Tag tag : parse(ifMatch)) {
      if (!tag.weak() && VERSION.matcher(tag.opaque()).matches()) {
        versions.add(Long.parseLong(tag.opaque()));
      }
    }
    if (versions.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_FAILED,
          "If-Match "
              + shorten(ifMatch.strip())
              + " can never match: ETags here are strong, like \"3\"");
    }
    return Optional.of(versions);
  }

  private record Tag(boolean weak, String opaque) {}

  /**
   * {@code 1#entity-tag}, where {@code entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE}; empty list
   * elements are allowed (RFC 9110 5.6.1). Not a list of entity-tags: no tags.
   */
  private static List<Tag> parse(String header) {
    List<Tag> tags = new ArrayList<>();
    int at = 0;
    int length = header.length();
    while (at < length) {
      char c = header.charAt(at);
      if (c == ' ' || c == '\t' || c == ',') {
        at++;
        continue;
      }
      boolean weak = header.startsWith("W/", at);
      int open = weak ? at + 2 : at;
      int close = open < length && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
      if (close < 0) {
        return List.of();
      }
      String opaque = header.substring(open + 1, close);
      if (!opaque.chars().allMatch(EntityTags::isTagCharacter)) {
        return List.of();
      }
      tags.add(new Tag(weak, opaque));
      at = close + 1;
      while (at < length && (header.charAt(at) == ' ' || header.charAt(at) == '\t')) {
        at++;
      }
      if (at < length && header.charAt(at) != ',') {
        return List.of();
      }
    }
    return tags;
  }

  /** {@code etagc = %x21 / %x23-7E / obs-text}. */
  private static boolean isTagCharacter(int c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
