package dev.notes.domain.testing;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The in-memory fake of {@link NoteRepository}; it passes the same contract as MyBatis. */
final class InMemoryNoteRepository implements NoteRepository {

  private static final Comparator<NotePosition> NEWEST_FIRST =
      Comparator.comparing(NotePosition::createdAt)
          .thenComparingLong(position -> position.id().value())
          .reversed();

  private final InMemoryDatabase db;
  private final int maxNotesReadPerSearch;

  /** A text search reads at most {@code maxNotesReadPerSearch} notes, as MyBatis' setting says. */
  InMemoryNoteRepository(InMemoryDatabase db, int maxNotesReadPerSearch) {
    if (maxNotesReadPerSearch < 1) {
      throw new IllegalArgumentException("a search must read at least one note");
    }
    this.db = db;
    this.maxNotesReadPerSearch = maxNotesReadPerSearch;
  }

  @Override
  public Note add(NoteText text, Optional<CategoryRef> category, Instant now) {
    synchronized (db) {
      Long categoryId = existingCategoryId(category);
      Note note = Note.created(new NoteId(db.nextNoteId++), text, category, now);
      db.notes.put(note.id().value(), stored(note, categoryId));
      return toNote(db.notes.get(note.id().value()));
    }
  }

  @Override
  public Optional<Note> findById(NoteId id) {
    synchronized (db) {
      return Optional.ofNullable(db.notes.get(id.value())).map(this::toNote);
    }
  }

  /** Every call holds the store's lock, so nothing can change a note between read and write. */
  @Override
  public Optional<Note> findForChange(NoteId id) {
    return findById(id);
  }

  @Override
  public boolean update(Note changed) {
    synchronized (db) {
      StoredNote stored = db.notes.get(changed.id().value());
      if (stored == null || stored.version() != changed.version() - 1) {
        return false;
      }
      db.notes.put(changed.id().value(), stored(changed, existingCategoryId(changed.category())));
      return true;
    }
  }

  @Override
  public boolean remove(NoteId id) {
    synchronized (db) {
      return db.notes.remove(id.value()) != null;
    }
  }

  @Override
  public long countByCategory(CategoryId id) {
    synchronized (db) {
      return db.notesOf(id.value()).size();
    }
  }

  /** Reads like the database: the filter's notes after the cursor, then the text in them. */
  @Override
  public Page<Note, NotePosition> page(NoteFilter filter, PageRequest<NotePosition> request) {
    synchronized (db) {
      List<Note> listed =
          db.notes.values().stream()
              .filter(note -> inCategoryOf(filter, note))
              .map(this::toNote)
              .filter(note -> request.after().map(after -> isAfter(note, after)).orElse(true))
              .sorted(Comparator.comparing(NotePosition::of, NEWEST_FIRST))
              .toList();
      if (filter.textContains().isEmpty()) {
        return Page.fromLookahead(
            listed.stream().limit(request.limit() + 1L).toList(),
            request.limit(),
            NotePosition::of);
      }
      boolean bounded = listed.size() > maxNotesReadPerSearch;
      List<Note> read = bounded ? listed.subList(0, maxNotesReadPerSearch) : listed;
      List<Note> fetched =
          read.stream()
              .filter(note -> contains(note, filter.textContains().get()))
              .limit(request.limit() + 1L)
              .toList();
      Optional<NotePosition> stoppedAt =
          bounded ? Optional.of(NotePosition.of(read.get(read.size() - 1))) : Optional.empty();
      return Page.fromBoundedLookahead(fetched, request.limit(), NotePosition::of, stoppedAt);
    }
  }

  private static boolean isAfter(Note note, NotePosition after) {
    return NEWEST_FIRST.compare(NotePosition.of(note), after) > 0;
  }

  private static boolean inCategoryOf(NoteFilter filter, StoredNote note) {
    if (filter.uncategorizedOnly()) {
      return note.categoryId() == null;
    }
    return filter
        .category()
        .map(category -> Long.valueOf(category.value()).equals(note.categoryId()))
        .orElse(true);
  }

  private static boolean contains(Note note, String text) {
    return searchForm(note.text().value()).contains(searchForm(text));
  }

  /** Lower case, with the word-final sigma the same letter as the other (NoteFilter). */
  static String searchForm(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ς', 'σ');
  }

  /** Like a foreign key: a note may only refer to a category that exists. */
  private Long existingCategoryId(Optional<CategoryRef> category) {
    if (category.isEmpty()) {
      return null;
    }
    CategoryId id = category.get().id();
    if (!db.categories.containsKey(id.value())) {
      throw new ReferencedCategoryNotFound(id);
    }
    return id.value();
  }

  private static StoredNote stored(Note note, Long categoryId) {
    return new StoredNote(
        note.id().value(),
        note.text(),
        categoryId,
        note.createdAt(),
        note.updatedAt(),
        note.version());
  }

  /** Like a join: the note shows its category's current name. */
  private Note toNote(StoredNote stored) {
    Optional<CategoryRef> category =
        Optional.ofNullable(stored.categoryId()).map(db.categories::get).map(Category::ref);
    return new Note(
        new NoteId(stored.id()),
        stored.text(),
        category,
        stored.createdAt(),
        stored.updatedAt(),
        stored.version());
  }
}
