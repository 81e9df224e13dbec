package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.application.testing.TestClock;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import dev.notes.domain.testing.InMemoryDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListNotesServiceTest {

  private static final PageRequest<NotePosition> FIRST_TEN = PageRequest.first(10);

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final ListNotesService service = new ListNotesService(db.notes());

  @Test
  void givenNotesStoredOutOfTimeOrder_listNotes_listsAllNewestFirst() {
    Note newer = uncategorizedAt("newer", 10);
    Note older = uncategorizedAt("older", 0); // stored later, so a higher id, but older

    assertThat(service.listNotes(NoteFilter.all(), FIRST_TEN).items())
        .containsExactly(newer, older);
  }

  @Test
  void givenUncategorizedFilter_listNotes_listsOnlyNotesWithoutCategory() {
    Category tech = category(db, "tech");
    note(db, "in tech", tech);
    Note loose = note(db, "loose");

    assertThat(service.listNotes(NoteFilter.uncategorized(), FIRST_TEN).items())
        .containsExactly(loose);
  }

  @Test
  void givenCategoryFilter_listNotes_listsOnlyThatCategorysNotes() {
    Category tech = category(db, "tech");
    Note inTech = note(db, "in tech", tech);
    note(db, "loose");

    assertThat(service.listNotes(NoteFilter.inCategory(tech.id()), FIRST_TEN).items())
        .containsExactly(inTech);
  }

  @Test
  void givenMissingCategoryFilter_listNotes_returnsAnEmptyPageRatherThanAnError() {
    note(db, "loose");

    assertThat(service.listNotes(NoteFilter.inCategory(new CategoryId(404)), FIRST_TEN).items())
        .isEmpty();
  }

  @Test
  void givenTextFilterInAnotherCase_listNotes_listsNotesContainingIt() {
    Note match = note(db, "SQLAlchemy is cool");
    note(db, "mybatis too");

    assertThat(service.listNotes(NoteFilter.all().withTextContaining("alchemy"), FIRST_TEN).items())
        .containsExactly(match);
  }

  @Test
  void givenPercentInTheTextFilter_listNotes_matchesItLiterally() {
    Note percent = note(db, "100% done");
    note(db, "1000 done");

    assertThat(service.listNotes(NoteFilter.all().withTextContaining("0%"), FIRST_TEN).items())
        .containsExactly(percent);
  }

  @Test
  void givenUncategorizedAndTextFilter_listNotes_appliesBoth() {
    Category tech = category(db, "tech");
    note(db, "java in tech", tech);
    Note match = note(db, "java, loose");
    note(db, "other, loose");

    NoteFilter filter = NoteFilter.uncategorized().withTextContaining("JAVA");

    assertThat(service.listNotes(filter, FIRST_TEN).items()).containsExactly(match);
  }

  @Test
  void givenPageRequests_listNotes_pagesThroughEveryNoteOnceNewestFirst() {
    Note third = uncategorizedAt("third", 0);
    Note second = uncategorizedAt("second", 10);
    Note first = uncategorizedAt("first", 20);

    Page<Note, NotePosition> page1 = service.listNotes(NoteFilter.all(), PageRequest.first(2));
    Page<Note, NotePosition> page2 =
        service.listNotes(NoteFilter.all(), PageRequest.after(page1.next().orElseThrow(), 2));

    assertThat(List.of(page1.items(), page2.items()))
        .containsExactly(List.of(first, second), List.of(third));
    assertThat(page2.next()).isEmpty();
  }

  private Note uncategorizedAt(String text, int secondsAfterEarlier) {
    Instant createdAt = TestClock.EARLIER.plusSeconds(secondsAfterEarlier);
    return db.notes().add(new NoteText(text), Optional.empty(), createdAt);
  }
}
