package dev.notes.application.service;

import dev.notes.domain.shared.StaleVersion;
import java.util.OptionalLong;

/** The optimistic-locking check a caller asked for: refuse early when it saw another version. */
final class ExpectedVersion {

  private ExpectedVersion() {}

  static void check(OptionalLong expected, long current, String what) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw new StaleVersion(what, expected.getAsLong(), current);
    }
  }
}
