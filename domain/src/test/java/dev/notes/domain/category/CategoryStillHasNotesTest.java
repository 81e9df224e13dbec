package dev.notes.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryStillHasNotesTest {

  @Test
  void givenNotesInTheWay_refusal_saysHowMany() {
    CategoryStillHasNotes refusal = new CategoryStillHasNotes(new CategoryId(3), 2);

    assertThat(refusal.noteCount()).isEqualTo(2);
    assertThat(refusal).hasMessageContaining("2 notes");
  }

  @Test
  void givenOneNoteInTheWay_refusal_speaksOfOneNote() {
    assertThat(new CategoryStillHasNotes(new CategoryId(3), 1)).hasMessageContaining("1 note;");
  }
}
