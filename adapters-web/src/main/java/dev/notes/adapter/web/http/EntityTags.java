package dev.notes.adapter.web.http;

import dev.notes.domain.shared.StaleVersion;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resource's ETag is its version as a strong tag ({@code "3"}); {@code If-Match} names the
 * versions a change may be applied to (RFC 9110 13.1.1).
 */
public final class EntityTags {

  /** Exactly what an ETag here holds: no sign, no leading zero, fits a long. */
  private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

  /** {@code 1#entity-tag} once each tag is replaced by NUL: tags separated by commas (RFC 9110). */
  private static final Pattern LIST = Pattern.compile("[ \t,]*\0([ \t]*,[ \t,]*\0)*[ \t,]*");

  private EntityTags() {}

  /** A single resource; its ETag is its version. */
  public static <T> ResponseEntity<T> ok(long version, T body) {
    return ResponseEntity.ok().eTag(String.valueOf(version)).body(body);
  }

  /** 201, with a Location relative to the server, like every path in the API. */
  public static <T> ResponseEntity<T> created(String collection, long id, long version, T body) {
    return ResponseEntity.created(URI.create(collection + "/" + id))
        .eTag(String.valueOf(version))
        .body(body);
  }

  /**
   * Applies a change under an {@code If-Match} header: to whatever version is current when there is
   * none (or {@code *}); otherwise only to a version the header lists, compared atomically by the
   * use case (412 if it is another, nothing changed).
   *
   * <p>With one version listed, that one is the expected version. With several, the stored version
   * is read first and, if listed, passed as the expected one, so a change in between still fails
   * the comparison instead of being lost; if the version it moved to is listed too, the change is
   * tried again at that one.
   *
   * @param what names the resource in a 412, like the use cases do: {@code note 7}
   * @param currentVersion reads the stored version (only for a list of several)
   * @param change calls the use case with the expected version, empty for any
   */
  public static <T> T ifMatch(
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

  /** {@link #ifMatch} for a delete, which answers nothing but its status. */
  public static void ifMatchDelete(
      @Nullable String ifMatch,
      String what,
      LongSupplier currentVersion,
      Consumer<OptionalLong> delete) {
    ifMatch(
        ifMatch,
        what,
        currentVersion,
        expected -> {
          delete.accept(expected);
          return expected;
        });
  }

  /**
   * The versions an {@code If-Match} header lists; empty when any will do (no header, or {@code
   * *}). If-Match compares strongly, so a weak tag ({@code W/"3"}) or a tag never written as an
   * ETag here ({@code "03"}, {@code "abc"}) matches nothing and is skipped; {@code *} among tags,
   * or a header that holds no entity-tag, matches nothing at all. When nothing is left, the request
   * can never succeed: 412 at once, nothing changed.
   */
  static Optional<SortedSet<Long>> expectedVersions(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Optional.empty();
    }
    List<ETag> tags = ETag.parse(ifMatch);
    String shape = ifMatch;
    for (ETag tag : tags) {
      shape = shape.replace(tag.formattedTag(), "\0");
    }
    if (!LIST.matcher(shape).matches()) {
      tags = List.of(); // Spring's parser skips what is not a tag; If-Match must be a list of them
    }
    if (tags.size() == 1 && tags.get(0).isWildcard()) {
      return Optional.empty();
    }
    SortedSet<Long> versions = new TreeSet<>();
    if (tags.stream().noneMatch(ETag::isWildcard)) {
      tags.stream()
          .filter(tag -> !tag.weak() && VERSION.matcher(tag.tag()).matches())
          .forEach(tag -> versions.add(Long.parseLong(tag.tag())));
    }
    if (versions.isEmpty()) {
      String shown = ifMatch.strip();
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_FAILED,
          "If-Match "
              + (shown.length() <= 40 ? shown : shown.substring(0, 40) + "...")
              + " can never match: ETags here are strong, like \"3\"");
    }
    return Optional.of(versions);
  }
}
