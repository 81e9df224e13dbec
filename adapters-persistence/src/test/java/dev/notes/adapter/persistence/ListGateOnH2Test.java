package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The repositories read every list through the adapter's one gate, and nothing else: with its only
 * turn taken and no wait allowed, lists of notes and of categories are refused while a note is
 * still read by its id.
 */
@MyBatisOnH2
@TestPropertySource(
    properties = {"notes.persistence.lists.at-once=1", "notes.persistence.lists.max-wait=0s"})
class ListGateOnH2Test {

  @Autowired private ListGate gate;
  @Autowired private NoteRepository notes;
  @Autowired private CategoryRepository categories;

  private final CountDownLatch leave = new CountDownLatch(1);

  @AfterEach
  void letTheHolderGo() {
    leave.countDown();
  }

  @Test
  void givenTheOnlyTurnTaken_listsAreRefused_whileANoteIsReadByItsId() throws Exception {
    Note note = notes.add(new NoteText("kept"), Optional.empty(), Instant.now());
    ListGateTest.holdTheOnlyTurn(gate, leave);

    assertThatThrownBy(() -> notes.page(NoteFilter.all(), PageRequest.first(5)))
        .isInstanceOf(StorageUnavailable.class);
    assertThatThrownBy(() -> categories.page(CategoryFilter.all(), PageRequest.first(5)))
        .isInstanceOf(StorageUnavailable.class);
    assertThat(notes.findById(note.id())).map(Note::id).contains(note.id());
  }
}
