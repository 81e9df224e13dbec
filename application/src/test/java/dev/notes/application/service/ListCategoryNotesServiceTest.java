package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.testing.TestClock;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListCategoryNotesServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final ListCategoryNotesService service =
      new ListCategoryNotesService(db.categories(), db.notes());

  @Test
  void givenMissingCategory_listCategoryNotes_throwsCategoryNotFound() {
    assertThatThrownBy(() -> service.listCategoryNotes(new CategoryId(404), PageRequest.first(10)))
        .isInstanceOf(CategoryNotFound.class);
  }

  @Test
  void givenExistingEmptyCategory_listCategoryNotes_returnsAnEmptyLastPage() {
    Category empty = category(db, "empty");
    note(db, "uncategorized");

    Page<Note, NotePosition> page = service.listCategoryNotes(empty.id(), PageRequest.first(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenNotesInSeveralCategories_listCategoryNotes_listsOnlyThisCategorysNewestFirst() {
    Category tech = category(db, "tech");
    Category food = category(db, "food");
    Note newer = noteAt("newer", tech, 10);
    Note older = noteAt("older", tech, 0); // stored later, so a higher id, but older
    noteAt("elsewhere", food, 20);

    Page<Note, NotePosition> page = service.listCategoryNotes(tech.id(), PageRequest.first(10));

    assertThat(page.items()).containsExactly(newer, older);
  }

  @Test
  void givenMoreNotesThanTheLimit_listCategoryNotes_returnsOnePageAndWhereToContinue() {
    Category tech = category(db, "tech");
    Note first = noteAt("first", tech, 30);
    Note second = noteAt("second", tech, 20);
    noteAt("third", tech, 10);

    Page<Note, NotePosition> page = service.listCategoryNotes(tech.id(), PageRequest.first(2));

    assertThat(page.items()).containsExactly(first, second);
    assertThat(page.next()).contains(NotePosition.of(second));
  }

  @Test
  void givenPositionPastTheLastNote_listCategoryNotes_returnsAnEmptyPageNotNotFound() {
    // An empty page costs the service a second look: the category must exist to answer it.
    Category tech = category(db, "tech");
    Note only = noteAt("only", tech, 0);

    Page<Note, NotePosition> page =
        service.listCategoryNotes(tech.id(), PageRequest.after(NotePosition.of(only), 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  private Note noteAt(String text, Category category, int secondsAfterEarlier) {
    return db.notes()
        .add(
            new NoteText(text),
            Optional.of(category.ref()),
            TestClock.EARLIER.plusSeconds(secondsAfterEarlier));
  }
}
