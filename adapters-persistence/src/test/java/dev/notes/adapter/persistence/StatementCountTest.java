package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1: a list or a lookup costs one statement however many notes and categories it shows,
 * because the categories and the note counts are joined in. A text search costs one more, which
 * finds where it stops reading.
 */
@MyBatisOnH2
class StatementCountTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");

  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;
  @Autowired private StatementCounter statements;

  private Category tech;
  private Note inTech;

  @BeforeEach
  void givenNotesInSeveralCategories() {
    tech = categories.add(new CategoryName("tech"), NOW);
    Category food = categories.add(new CategoryName("food"), NOW);
    inTech = notes.add(new NoteText("one"), Optional.of(tech.ref()), NOW);
    notes.add(new NoteText("two"), Optional.of(tech.ref()), NOW);
    notes.add(new NoteText("three"), Optional.of(food.ref()), NOW);
    notes.add(new NoteText("four"), Optional.empty(), NOW);
  }

  @Test
  void pageOfNotes_costsOneStatement() {
    assertThat(statements.countDuring(() -> notes.page(NoteFilter.all(), PageRequest.first(3))))
        .isOne();
  }

  @Test
  void pageOfACategorysNotes_costsOneStatement() {
    assertThat(
            statements.countDuring(
                () -> notes.page(NoteFilter.inCategory(tech.id()), PageRequest.first(1))))
        .isOne();
  }

  @Test
  void pageOfATextSearch_costsTwoStatements_whereToStopAndThePage() {
    assertThat(
            statements.countDuring(
                () -> notes.page(NoteFilter.all().withTextContaining("o"), PageRequest.first(3))))
        .isEqualTo(2);
  }

  @Test
  void pageOfCategoriesWithNoteCounts_costsOneStatement() {
    assertThat(
            statements.countDuring(
                () -> categories.page(CategoryFilter.all(), PageRequest.first(10))))
        .isOne();
  }

  @Test
  void noteWithItsCategory_costsOneStatement() {
    assertThat(statements.countDuring(() -> notes.findById(inTech.id()))).isOne();
  }

  @Test
  void categoryWithNoteCount_costsOneStatement() {
    assertThat(statements.countDuring(() -> categories.findWithNoteCountById(tech.id()))).isOne();
  }
}
