package dev.notes.adapter.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the database text searches may take ({@code notes.persistence.search.*}).
 *
 * <ul>
 *   <li>{@code max-notes-read}: one search reads at most this many notes of the list's filter,
 *       matching or not. Without a bound, a search that matches nothing reads every note and holds
 *       a pooled connection meanwhile. The default of 10,000 costs MariaDB about 30 ms.
 *   <li>{@code time-per-second}: searches that read all they may (a short page) together count at
 *       most this much time in every second, on average ({@link SearchBudget}); the default of 300
 *       ms leaves most of two cores to everything else however many worst-case searches arrive.
 *   <li>{@code at-once}: at most this many searches run at once, each on a pooled connection,
 *       whatever the budget allows; the default of 4 leaves most of the pool to everything else.
 *   <li>{@code max-wait}: a search waits at most this long for its turn (in the budget, and again
 *       for one of the turns to run) before it is answered 503.
 * </ul>
 *
 * <p>Nonsense (a number, a count at once or a time per second that is zero or negative, a negative
 * {@code max-wait}, or none at all) fails the start; a {@code max-wait} of zero answers 503 at once
 * when no turn is free. docs/performance.md measures each default.
 */
@ConfigurationProperties("notes.persistence.search")
record NoteSearchSettings(
    @DefaultValue(NoteSearchSettings.DEFAULT_MAX_NOTES_READ) int maxNotesRead,
    @DefaultValue("300ms") Duration timePerSecond,
    @DefaultValue("20s") Duration maxWait,
    @DefaultValue("4") int atOnce) {

  static final String DEFAULT_MAX_NOTES_READ = "10000";

  NoteSearchSettings {
    if (maxNotesRead < 1) {
      throw new IllegalArgumentException(
          "notes.persistence.search.max-notes-read must be at least 1, was " + maxNotesRead);
    }
    if (timePerSecond.isNegative() || timePerSecond.isZero()) {
      throw new IllegalArgumentException(
          "notes.persistence.search.time-per-second must be more than 0, was " + timePerSecond);
    }
    if (atOnce < 1) {
      throw new IllegalArgumentException(
          "notes.persistence.search.at-once must be at least 1, was " + atOnce);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "notes.persistence.search.max-wait must not be negative, was " + maxWait);
    }
  }

  SearchBudget budget() {
    return new SearchBudget(timePerSecond, maxWait, atOnce);
  }
}
