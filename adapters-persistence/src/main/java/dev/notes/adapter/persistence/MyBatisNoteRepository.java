package dev.notes.adapter.persistence;

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
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/** Notes in the {@code note} table. Runs in the caller's transaction, if any. */
final class MyBatisNoteRepository implements NoteRepository {

  private final NoteMapper notes;
  private final int maxNotesReadPerSearch;
  private final SearchBudget searchBudget;
  private final ListGate listGate;

  MyBatisNoteRepository(
      NoteMapper notes, int maxNotesReadPerSearch, SearchBudget searchBudget, ListGate listGate) {
    this.notes = notes;
    this.maxNotesReadPerSearch = maxNotesReadPerSearch;
    this.searchBudget = searchBudget;
    this.listGate = listGate;
  }

  @Override
  public Note add(NoteText text, Optional<CategoryRef> category, Instant now) {
    NoteRow row = NoteRows.newRow(text, category, now);
    try {
      notes.insert(row);
    } catch (DataIntegrityViolationException refused) {
      throw referencedCategoryMissing(category, refused);
    }
    return Note.created(new NoteId(row.id), text, category, now);
  }

  @Override
  public Optional<Note> findById(NoteId id) {
    return Optional.ofNullable(notes.selectById(id.value())).map(NoteRows::toNote);
  }

  @Override
  public Optional<Note> findForChange(NoteId id) {
    NoteRow locked = notes.selectByIdForUpdate(id.value());
    if (locked != null && locked.categoryId != null && locked.categoryName == null) {
      // H2 hands over the note as it was committed when the lock was granted, but evaluates the
      // category's name in the snapshot its statement took before it waited for that lock: a
      // category that the note was moved into meanwhile is not in it. Now that the lock is held,
      // a new statement sees it. (MySQL and MariaDB read the name after the lock: never here.)
      locked = notes.selectById(id.value());
    }
    return Optional.ofNullable(locked).map(NoteRows::toNote);
  }

  @Override
  public boolean update(Note changed) {
    try {
      return notes.update(NoteRows.toRow(changed)) == 1;
    } catch (DataIntegrityViolationException refused) {
      throw referencedCategoryMissing(changed.category(), refused);
    }
  }

  @Override
  public boolean remove(NoteId id) {
    return notes.delete(id.value()) == 1;
  }

  @Override
  public long countByCategory(CategoryId id) {
    return notes.countByCategory(id.value());
  }

  /**
   * A list is one statement. A text search first finds, from an index alone, the last note it may
   * read (when more follow it), then reads no further. The two statements need no transaction: a
   * note added or removed in between only moves the bound by one note. Lists wait their turn
   * ({@link ListGate}); searches run within their share of the database's time, and a few at once
   * ({@link SearchBudget}), instead.
   */
  @Override
  public Page<Note, NotePosition> page(NoteFilter filter, PageRequest<NotePosition> request) {
    NotePageQuery query = NotePageQuery.of(filter, request);
    if (query.textContains() == null) {
      return Page.fromLookahead(
          listGate.read(() -> read(query)), request.limit(), NotePosition::of);
    }
    return searchBudget.spend(
        () -> search(query, request), page -> page.items().size() < request.limit());
  }

  private Page<Note, NotePosition> search(NotePageQuery query, PageRequest<NotePosition> request) {
    Optional<NotePosition> stop = searchStop(query);
    NotePageQuery bounded = stop.map(query::stoppingAt).orElse(query);
    return Page.fromBoundedLookahead(read(bounded), request.limit(), NotePosition::of, stop);
  }

  private List<Note> read(NotePageQuery query) {
    return notes.selectPage(query).stream().map(NoteRows::toNote).toList();
  }

  /** The last note the search may read, or empty when no more notes follow it than it may read. */
  private Optional<NotePosition> searchStop(NotePageQuery query) {
    List<NotePositionRow> lastAndNext =
        notes.selectSearchStop(query.searchStop(maxNotesReadPerSearch));
    return lastAndNext.size() < 2
        ? Optional.empty()
        : Optional.of(NoteRows.toPosition(lastAndNext.get(0)));
  }

  /**
   * A valid note breaks no constraint but the foreign key to its category (the domain already
   * bounds the text to what the column holds), so a refusal with a category means it is gone.
   */
  private static RuntimeException referencedCategoryMissing(
      Optional<CategoryRef> category, DataIntegrityViolationException refused) {
    return category
        .<RuntimeException>map(ref -> new ReferencedCategoryNotFound(ref.id()))
        .orElse(refused);
  }
}
