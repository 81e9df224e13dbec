package dev.notes.adapter.web;

import dev.notes.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Builds domain values from what a request carried, blaming a refusal on the request's own name for
 * it: the domain says {@code name}, the client sent {@code categoryName}.
 */
final class RequestValues {

  private RequestValues() {}

  /** The value object the factory makes, its {@link InvalidValue} relabelled to {@code field}. */
  static <T> T value(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValue refused) {
      throw new InvalidValue(field, refused.getMessage());
    }
  }

  /**
   * The value, or empty when the domain refuses it: for a lookup that then simply finds nothing.
   */
  static <T> Optional<T> ifValid(Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (InvalidValue refused) {
      return Optional.empty();
    }
  }

  /**
   * An id the client sent. Ids come from the database, so the domain refuses a non-positive one as
   * a bug (IllegalArgumentException); coming from a client it is a mistake: 400.
   */
  static <T> T id(String field, long raw, LongFunction<T> factory) {
    try {
      return factory.apply(raw);
    } catch (IllegalArgumentException refused) {
      throw new InvalidValue(field, "must be a positive whole number, was " + raw);
    }
  }
}
