package dev.notes.domain.shared;

import java.util.Optional;

/**
 * Which page of a list to read: the items after a keyset position (from the start when empty), at
 * most {@code limit} of them.
 *
 * @param <P> the position type of the list, e.g. a note's (createdAt, id)
 */
public record PageRequest<P>(Optional<P> after, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public PageRequest {
    if (after == null) {
      throw new IllegalArgumentException("after must be a position or empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValue("page size", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  public static <P> PageRequest<P> first(int limit) {
    return new PageRequest<>(Optional.empty(), limit);
  }

  public static <P> PageRequest<P> after(P position, int limit) {
    return new PageRequest<>(Optional.of(position), limit);
  }
}
