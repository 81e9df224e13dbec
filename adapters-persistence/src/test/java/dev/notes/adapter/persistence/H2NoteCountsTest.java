package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two halves of what H2's foreign key leaves open under concurrency, each staged in the state
 * that the losing side of the race finds once the other has committed (ConcurrencyOnH2Test runs the
 * races themselves).
 */
@MyBatisOnH2
class H2NoteCountsTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");

  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void givenTheCategorysCountsAlreadyDeleted_addingANoteToIt_isRefusedAsAMissingCategory() {
    Category category = categories.add(new CategoryName("doomed"), NOW);
    jdbc.update("DELETE FROM category_note_count WHERE category_id = ?", category.id().value());

    assertThatThrownBy(() -> notes.add(new NoteText("late"), Optional.of(category.ref()), NOW))
        .isInstanceOf(ReferencedCategoryNotFound.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Long.class)).isZero();
  }

  @Test
  void givenCountsThatHoldANoteTheDeleteCannotSee_deletingTheCategory_isRefused() {
    CategoryId id = categories.add(new CategoryName("busy"), NOW).id();
    jdbc.update(
        "UPDATE category_note_count SET note_count = 1 WHERE category_id = ? AND slot = 3",
        id.value());

    assertThatThrownBy(() -> categories.remove(id)).isInstanceOf(CategoryStillHasNotes.class);
    assertThat(categories.findById(id)).isPresent();
  }
}
