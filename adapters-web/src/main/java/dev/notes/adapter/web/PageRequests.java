package dev.notes.adapter.web;

import dev.notes.domain.shared.PageRequest;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The page a list request asks for: {@code limit} is checked by the domain, the cursor here. */
final class PageRequests {

  /** For {@code @RequestParam(defaultValue = ...)}, which needs a constant. */
  static final String DEFAULT_LIMIT = "" + PageRequest.DEFAULT_LIMIT;

  private PageRequests() {}

  /** An empty {@code cursor=} was not made by us either: 400, like any other foreign cursor. */
  static <P> PageRequest<P> of(
      @Nullable String cursor, int limit, Function<String, P> decodePosition) {
    return new PageRequest<>(Optional.ofNullable(cursor).map(decodePosition), limit);
  }
}
