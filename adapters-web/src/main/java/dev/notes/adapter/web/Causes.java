package dev.notes.adapter.web;

import java.util.Optional;

/** Frameworks wrap what went wrong; the advice needs to find the one failure that matters. */
final class Causes {

  private Causes() {}

  static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}
