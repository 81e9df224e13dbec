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

  public <R> Page<R, P> map(Function<? super T, R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
