package dev.notes.application.testing;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.Optional;

/**
 * What a test starts from, stored straight through the repositories at {@link TestClock#EARLIER}
 * (not through the services, so that a broken service cannot break the "given" part).
 */
public final class StoredData {

  private StoredData() {}

  public static Category category(InMemoryDatabase db, String name) {
    return db.categories().add(new CategoryName(name), TestClock.EARLIER);
  }

  public static Note note(InMemoryDatabase db, String text) {
    return db.notes().add(new NoteText(text), Optional.empty(), TestClock.EARLIER);
  }

  public static Note note(InMemoryDatabase db, String text, Category category) {
    return db.notes().add(new NoteText(text), Optional.of(category.ref()), TestClock.EARLIER);
  }
}
