package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An H2 database written by a version before V4 may hold notes whose category was deleted in the
 * same moment (H2's foreign key let both through); V4 keeps those notes, uncategorized.
 */
class H2RepairMigrationTest {

  private final SimpleDriverDataSource database =
      new SimpleDriverDataSource(
          new org.h2.Driver(),
          "jdbc:h2:mem:notes_test_repair;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
          "sa",
          "");
  private final JdbcTemplate jdbc = new JdbcTemplate(database);

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

  private void migrate(String target) {
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target(target)
        .load()
        .migrate();
  }
}
