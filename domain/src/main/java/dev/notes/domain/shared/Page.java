package dev.notes.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: its items and, when more follow, the position to continue after.
 */
public record Page<T, P>(List<T> items, Optional<P> next) {

  public Page {
    items = List.copyOf(items);
    if (next == null) {
      throw new IllegalArgumentException("next must be a position or empty");
    }
  }

  public static <T, P> Page<T, P> empty() {
    return new Page<>(List.of(), Optional.empty());
  }

  /**
   * Builds a page from a read of up to {@code limit + 1} rows: the extra row only tells that more
   * follow, and is not part of the page. Reading one row more is cheaper than counting.
   */
  public static <T, P> Page<T, P> fromLookahead(
      List<T> fetched, int limit, Function<? super T, P> positionOf) {
    if (fetched.size() <= limit) {
      return new Page<>(fetched, Optional.empty());
    }
    List<T> items = fetched.subList(0, limit);
    return new Page<>(items, Optional.of(positionOf.apply(items.get(limit - 1))));
  }

  /**
   * {@link #fromLookahead} for a read that may stop at a bound before the end of the list. {@code
   * stoppedAt} is the position of the last row the read looked at when it stopped there (empty when
   * it went to the end): a page that the read did not fill continues after it, so that a short
   * page, even an empty one, may have a next position. A full page continues as usual.
   */
  public static <T, P> Page<T, P> fromBoundedLookahead(
      List<T> fetched, int limit, Function<? super T, P> positionOf, Optional<P> stoppedAt) {
    Page<T, P> page = fromLookahead(fetched, limit, positionOf);
    return page.next().isPresent() ? page : new Page<>(page.items(), stoppedAt);
  }

  public <R> Page<R, P> map(Function<? super T, R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
