package dev.notes.domain.testing;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory fake of the database behind both repositories: categories and notes refer to each
 * other (note counts, "still has notes", a note's current category name), so the two fakes share
 * one store. {@link #snapshot()} and {@link #restore(Snapshot)} let a fake unit of work roll back.
 */
public final class InMemoryDatabase {

  final Map<Long, Category> categories = new HashMap<>();
  final Map<Long, StoredNote> notes = new HashMap<>();
  long nextCategoryId = 1;
  long nextNoteId = 1;

  private final InMemoryCategoryRepository categoryRepository =
      new InMemoryCategoryRepository(this);

  /** Its text searches are not bounded in practice: few tests store that many notes. */
  private final InMemoryNoteRepository noteRepository =
      new InMemoryNoteRepository(this, Integer.MAX_VALUE);

  public CategoryRepository categories() {
    return categoryRepository;
  }

  public NoteRepository notes() {
    return noteRepository;
  }

  /** Notes of this store, read by a repository whose text searches stop after so many notes. */
  public NoteRepository notesReadingAtMost(int notesPerSearch) {
    return new InMemoryNoteRepository(this, notesPerSearch);
  }

  public int categoryCount() {
    return categories.size();
  }

  public int noteCount() {
    return notes.size();
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(
        new HashMap<>(categories), new HashMap<>(notes), nextCategoryId, nextNoteId);
  }

  public synchronized void restore(Snapshot snapshot) {
    categories.clear();
    categories.putAll(snapshot.categories());
    notes.clear();
    notes.putAll(snapshot.notes());
    nextCategoryId = snapshot.nextCategoryId();
    nextNoteId = snapshot.nextNoteId();
  }

  List<StoredNote> notesOf(long categoryId) {
    List<StoredNote> found = new ArrayList<>();
    for (StoredNote note : notes.values()) {
      if (note.categoryId() != null && note.categoryId() == categoryId) {
        found.add(note);
      }
    }
    return found;
  }

  /**
   * The state of the store at one moment; rows are immutable records, so a shallow copy is enough.
   */
  public record Snapshot(
      Map<Long, Category> categories,
      Map<Long, StoredNote> notes,
      long nextCategoryId,
      long nextNoteId) {}
}
