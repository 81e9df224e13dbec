package dev.notes.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps of Notes are UTC instants at millisecond precision, on every database. */
public final class Instants {

  private Instants() {}

  public static Instant toMillis(Instant instant) {
    if (instant == null) {
      throw new IllegalArgumentException("a timestamp is required");
    }
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
