package dev.notes.adapter.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many list pages are read from the database at once ({@code notes.persistence.lists.*}, {@link
 * ListGate}).
 *
 * <ul>
 *   <li>{@code at-once}: at most this many lists (of notes or of categories) are read at the same
 *       time; the others wait their turn. The default of 10 is measured on two cores
 *       (docs/performance.md, finding 10); a database with more cores may take more.
 *   <li>{@code max-wait}: a list waits at most this long for its turn before it is answered 503.
 * </ul>
 *
 * <p>Nonsense (fewer than one at once, a negative wait, or none at all) fails the start.
 */
@ConfigurationProperties("notes.persistence.lists")
record ListSettings(@DefaultValue("10") int atOnce, @DefaultValue("2500ms") Duration maxWait) {

  ListSettings {
    if (atOnce < 1) {
      throw new IllegalArgumentException(
          "notes.persistence.lists.at-once must be at least 1, was " + atOnce);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "notes.persistence.lists.max-wait must not be negative, was " + maxWait);
    }
  }

  ListGate gate() {
    return new ListGate(atOnce, maxWait);
  }
}
