package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.shared.InvalidValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoteRowsTest {

  @Test
  void givenARowWhoseCategoryIsGone_toNote_reportsADefectOfTheStorageNotAnInvalidValue() {
    NoteRow row = new NoteRow();
    row.id = 7L;
    row.text = "orphan";
    row.categoryId = 3L; // the LEFT JOIN found no category: no name
    row.createdAt = Instant.EPOCH;
    row.updatedAt = Instant.EPOCH;

    assertThatThrownBy(() -> NoteRows.toNote(row))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note 7 refers to category 3, which does not exist");
  }

  @Test
  void givenARowTheRulesRefuse_toNote_reportsADefectOfTheStorageNotAnInvalidValue() {
    NoteRow row = new NoteRow();
    row.id = 8L;
    row.text = " "; // blank: no note may hold it
    row.createdAt = Instant.EPOCH;
    row.updatedAt = Instant.EPOCH;

    assertThatThrownBy(() -> NoteRows.toNote(row))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("note 8 as stored breaks a rule: ")
        .hasCauseInstanceOf(InvalidValue.class);
  }
}
