package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the columns hold: UTC wall-clock time with milliseconds, whatever the JVM's time zone (the
 * surefire configuration runs the whole module in Asia/Tokyo; these tests set it themselves too). A
 * handler that bound a {@code Timestamp} would store Tokyo time, and on MariaDB through
 * mysql-connector-j would also drop the milliseconds.
 */
abstract class UtcTimestampsContract {

  private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-24T23:59:59.789Z");
  private static final LocalDateTime SAME_AS_UTC_WALL_CLOCK =
      LocalDateTime.parse("2026-11-24T23:59:59.789");

  @Autowired private NoteRepository notes;
  @Autowired private JdbcTemplate jdbc;

  private TimeZone jvmZone;

  @BeforeEach
  void givenJvmInTokyo() {
    jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
  }

  @AfterEach
  void restoreJvmZone() {
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void add_storesUtcWallClockTimeWithMilliseconds() {
    Note added = notes.add(new NoteText("late"), Optional.empty(), LATE_EVENING_UTC);

    assertThat(
            jdbc.queryForObject(
                "SELECT created_at FROM note WHERE id = ?",
                LocalDateTime.class,
                added.id().value()))
        .isEqualTo(SAME_AS_UTC_WALL_CLOCK);
  }

  @Test
  void findById_readsTheColumnAsUtc() {
    jdbc.update(
        "INSERT INTO note (text, created_at, updated_at, version)"
            + " VALUES ('late', '2026-11-24 23:59:59.789', '2026-11-24 23:59:59.789', 0)");
    long id = jdbc.queryForObject("SELECT MAX(id) FROM note", Long.class);

    assertThat(notes.findById(new NoteId(id)).orElseThrow().createdAt())
        .isEqualTo(LATE_EVENING_UTC);
  }
}
