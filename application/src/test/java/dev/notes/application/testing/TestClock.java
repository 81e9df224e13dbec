package dev.notes.application.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The time of the services under test: fixed, so timestamps can be asserted exactly. */
public final class TestClock {

  /** With sub-millisecond digits, which every stored timestamp must drop (not round). */
  public static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123999999Z");

  public static final Instant NOW_IN_MILLIS = Instant.parse("2026-11-24T10:00:00.123Z");

  /** When the data a test starts from was stored: visibly different from {@link #NOW}. */
  public static final Instant EARLIER = Instant.parse("2026-11-20T08:00:00Z");

  private TestClock() {}

  public static Clock fixed() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
