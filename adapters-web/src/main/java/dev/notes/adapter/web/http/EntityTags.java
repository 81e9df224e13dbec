package dev.notes.adapter.web.http;

import dev.notes.adapter.web.problem.Shortened;
import dev.notes.application.port.in.ExpectedVersions;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  /**
   * Exactly what an ETag here holds: no sign, no leading zero, at most 18 digits, so that it always
   * fits a long (a version counts the changes of one resource from 0).
   */
  private static final String VERSION_DIGITS = "0|[1-9][0-9]{0,17}";

  private static final Pattern VERSION = Pattern.compile(VERSION_DIGITS);

  /** An {@code ETag} header's whole value, as the published contract describes it. */
  static final String HEADER_PATTERN = "^\"(" + VERSION_DIGITS + ")\"$";

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
   * The versions an {@code If-Match} header lists, for the use case to compare with the stored one
   * while it holds the row; any when there is no header, or {@code *}.
   *
   * <p>If-Match compares strongly, so a weak tag ({@code W/"3"}) or a tag never written as an ETag
   * here ({@code "03"}, {@code "abc"}) matches nothing and is skipped; {@code *} among tags, or a
   * header that holds no entity-tag, matches nothing at all; an empty header lists none. When
   * nothing is left, the request can never succeed: 412 at once, nothing changed.
   */
  public static ExpectedVersions ifMatch(@Nullable String ifMatch) {
    if (ifMatch == null) {
      return ExpectedVersions.any();
    }
    List<ETag> tags = ETag.parse(ifMatch);
    if (!LIST.matcher(shapeOf(ifMatch, tags)).matches()) {
      tags = List.of(); // Spring's parser skips what is not a tag; If-Match must be a list of them
    }
    if (tags.size() == 1 && tags.get(0).isWildcard()) {
      return ExpectedVersions.any();
    }
    Set<Long> versions =
        tags.stream().anyMatch(ETag::isWildcard)
            ? Set.of()
            : tags.stream()
                .filter(tag -> !tag.weak() && VERSION.matcher(tag.tag()).matches())
                .map(tag -> Long.valueOf(tag.tag()))
                .collect(Collectors.toSet());
    if (versions.isEmpty()) {
      String shown = ifMatch.strip();
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_FAILED,
          (shown.isEmpty() ? "an empty If-Match" : "If-Match " + Shortened.of(shown))
              + " can never match: ETags here are strong, like \"3\"");
    }
    return ExpectedVersions.oneOf(versions);
  }

  /**
   * The header with each parsed tag replaced by NUL where it occurs, in order: the same text may
   * occur twice ({@code "3", W/"3"}), and only the occurrence that is the tag may go.
   */
  private static String shapeOf(String header, List<ETag> tags) {
    StringBuilder shape = new StringBuilder(header);
    int from = 0;
    for (ETag tag : tags) {
      String text = tag.formattedTag();
      int at = shape.indexOf(text, from);
      if (at < 0) {
        return header; // not the header's own text: no list of tags
      }
      shape.replace(at, at + text.length(), "\0");
      from = at + 1;
    }
    return shape.toString();
  }
}
