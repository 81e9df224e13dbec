package dev.notes.adapter.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the note table one text search may read: {@code
 * notes.persistence.search.max-notes-read} notes of the list's filter at most, matching or not.
 * Without a bound, a search that matches nothing reads every note and holds a pooled connection
 * meanwhile. The default of 10,000 costs MariaDB about 30 ms per request (docs/performance.md).
 * Zero, a negative number or no number fails the start.
 */
@ConfigurationProperties("notes.persistence.search")
record NoteSearchSettings(@DefaultValue(NoteSearchSettings.DEFAULT) int maxNotesRead) {

  static final String DEFAULT = "10000";

  NoteSearchSettings {
    if (maxNotesRead < 1) {
      throw new IllegalArgumentException(
          "notes.persistence.search.max-notes-read must be at least 1, was " + maxNotesRead);
    }
  }
}
