package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * What migrations set right on H2. An H2 database written by a version before V4 may hold notes
 * whose category was deleted in the same moment (H2's foreign key let both through); V4 keeps those
 * notes, uncategorized. After a process on H2 was killed, a count slot may be off by a transaction
 * that was open, or a note may name a category that is gone (see
 * db/vendor/h2/afterMigrate__recount_notes.sql): every migration run, so every start-up, sets them
 * right.
 */
class H2RepairMigrationTest {

  private final SimpleDriverDataSource database =
      new SimpleDriverDataSource(
          new org.h2.Driver(),
          "jdbc:h2:mem:notes_test_repair;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
          "sa",
          "");
  private final JdbcTemplate jdbc = new JdbcTemplate(database);

  @BeforeEach
  void givenAnEmptyDatabase() {
    jdbc.update("DROP ALL OBJECTS");
  }

  @Test
  void givenANoteWhoseCategoryIsGone_migratingToV4_keepsTheNoteUncategorized() {
    migrate("3");
    jdbc.update(
        "INSERT INTO category (id, name, name_key, created_at, updated_at, version)"
            + " VALUES (1, 'gone', 'gone', NOW(), NOW(), 0)");
    jdbc.update(
        "INSERT INTO note (id, text, category_id, created_at, updated_at, version)"
            + " VALUES (7, 'kept', 1, NOW(), NOW(), 0)");
    jdbc.update("SET REFERENTIAL_INTEGRITY FALSE");
    jdbc.update("DELETE FROM category WHERE id = 1");
    jdbc.update("SET REFERENTIAL_INTEGRITY TRUE");

    migrate("latest");

    assertThat(jdbc.queryForList("SELECT text, category_id FROM note"))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.get("text")).isEqualTo("kept");
              assertThat(note.get("category_id")).isNull();
            });
  }

  @Test
  void givenSlotsThatMissOrOvercountANote_migrating_countsEveryCategoryExactlyAgain() {
    givenTwoCategoriesWithNotes();
    jdbc.update("UPDATE category_note_count SET note_count = 1 WHERE category_id = 1 AND slot = 0");
    jdbc.update("UPDATE category_note_count SET note_count = 1 WHERE category_id = 2 AND slot = 5");

    migrate("latest");

    assertThat(counts()).isEqualTo("1:0=2, 2:1=1");
  }

  @Test
  void givenANoteWhoseCategoryIsGone_migrating_keepsTheNoteUncategorized() {
    givenTwoCategoriesWithNotes();
    jdbc.update("UPDATE category_note_count SET note_count = 0 WHERE category_id = 2");
    jdbc.update("SET REFERENTIAL_INTEGRITY FALSE");
    jdbc.update("DELETE FROM category WHERE id = 2");
    jdbc.update("SET REFERENTIAL_INTEGRITY TRUE");

    migrate("latest");

    assertThat(jdbc.queryForObject("SELECT category_id FROM note WHERE id = 17", Long.class))
        .isNull();
    assertThat(counts()).isEqualTo("1:0=2");
  }

  @Test
  void givenExactSlots_migrating_changesNone() {
    givenTwoCategoriesWithNotes();
    assertThat(counts()).isEqualTo("1:0=2, 2:1=1");

    migrate("latest");

    assertThat(counts()).isEqualTo("1:0=2, 2:1=1");
  }

  /** Counted by the triggers as they are written: category 1 in slot 0, category 2 in slot 1. */
  private void givenTwoCategoriesWithNotes() {
    migrate("latest");
    jdbc.update(
        "INSERT INTO category (id, name, name_key, created_at, updated_at, version)"
            + " VALUES (1, 'one', 'one', NOW(), NOW(), 0), (2, 'two', 'two', NOW(), NOW(), 0)");
    jdbc.update(
        "INSERT INTO note (id, text, category_id, created_at, updated_at, version)"
            + " VALUES (16, 'a', 1, NOW(), NOW(), 0), (32, 'b', 1, NOW(), NOW(), 0),"
            + " (17, 'c', 2, NOW(), NOW(), 0), (18, 'd', NULL, NOW(), NOW(), 0)");
  }

  /** The slots that count something, as {@code category:slot=count}. */
  private String counts() {
    return String.join(
        ", ",
        jdbc.queryForList(
            "SELECT category_id || ':' || slot || '=' || note_count FROM category_note_count"
                + " WHERE note_count <> 0 ORDER BY category_id, slot",
            String.class));
  }

  private void migrate(String target) {
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target(target)
        .load()
        .migrate();
  }
}
