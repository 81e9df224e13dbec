package dev.notes.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRef;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoteTest {

  private static final NoteId ID = new NoteId(11);
  private static final NoteText DRAFT = new NoteText("draft");
  private static final CategoryRef TECH =
      new CategoryRef(new CategoryId(3), new CategoryName("tech"));
  // .999999 would round up to the next second: it must be cut to .999, not rounded.
  private static final Instant CREATED = Instant.parse("2026-11-24T10:00:00.999999Z");
  private static final Instant LATER = Instant.parse("2026-11-25T08:30:00.000500Z");

  @Test
  void givenMicrosecondInstant_created_truncatesTimestampsToMilliseconds() {
    Note note = Note.created(ID, DRAFT, Optional.empty(), CREATED);

    assertThat(note.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00.999Z"));
    assertThat(note.updatedAt()).isEqualTo(note.createdAt());
  }

  @Test
  void givenNewNote_created_startsAtTheFirstVersion() {
    assertThat(Note.created(ID, DRAFT, Optional.of(TECH), CREATED).version()).isZero();
  }

  @Test
  void givenStoredNote_edited_replacesTextAndCategoryAndBumpsTheVersionByOne() {
    Note stored = new Note(ID, DRAFT, Optional.of(TECH), CREATED, CREATED, 2);

    Note edited = stored.edited(new NoteText("final"), Optional.empty(), LATER);

    assertThat(edited.id()).isEqualTo(ID);
    assertThat(edited.text()).isEqualTo(new NoteText("final"));
    assertThat(edited.category()).isEmpty();
    assertThat(edited.version()).isEqualTo(3);
    assertThat(edited.createdAt()).isEqualTo(stored.createdAt());
    assertThat(edited.updatedAt()).isEqualTo(Instant.parse("2026-11-25T08:30:00.000Z"));
  }

  @Test
  void givenNegativeVersion_construct_isRefused() {
    assertThatThrownBy(() -> new Note(ID, DRAFT, Optional.empty(), CREATED, CREATED, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenNullInsteadOfEmptyCategory_construct_isRefused() {
    assertThatThrownBy(() -> new Note(ID, DRAFT, null, CREATED, CREATED, 0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void givenNote_positionOf_isItsMillisecondCreatedAtAndId() {
    Note note = Note.created(ID, DRAFT, Optional.empty(), CREATED);

    assertThat(NotePosition.of(note))
        .isEqualTo(new NotePosition(Instant.parse("2026-11-24T10:00:00.999Z"), ID));
  }
}
