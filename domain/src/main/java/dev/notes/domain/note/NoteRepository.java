package dev.notes.domain.note;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Where notes are kept; a note always comes back with its category's id and name, read in the same
 * statement. Implementations take part in the caller's unit of work.
 */
public interface NoteRepository {

  /**
   * Stores a new note.
   *
   * @throws dev.notes.domain.category.ReferencedCategoryNotFound when the category no longer exists
   */
  Note add(NoteText text, Optional<CategoryRef> category, Instant now);

  Optional<Note> findById(NoteId id);

  /**
   * Reads a note in order to change it: until the caller's unit of work ends, no other unit of work
   * can change it (they wait), so the change cannot lose a race. Only inside a unit of work.
   */
  Optional<Note> findForChange(NoteId id);

  /**
   * Stores a changed note when the stored one is still at the version before {@code
   * changed.version()}.
   *
   * @return false when the note is gone or was changed by someone else meanwhile
   * @throws dev.notes.domain.category.ReferencedCategoryNotFound when the new category no longer
   *     exists
   */
  boolean update(Note changed);

  /** Removes a note, never its category; false when there was none with this id. */
  boolean remove(NoteId id);

  long countByCategory(CategoryId id);

  /**
   * A page of the notes the filter admits, newest first (createdAt, then id, descending).
   *
   * <p>A text search reads at most a bounded number of notes (a setting of the implementation): the
   * notes of the filter's category, or the uncategorized ones, or all, after {@code
   * request.after()}, whether their text matches or not. When it reaches that bound before the page
   * is full, the page holds the matches it found, perhaps none, and its next position is the last
   * note it read: a short page, even an empty one, may have a next position. A list without a text
   * search is never cut short.
   */
  Page<Note, NotePosition> page(NoteFilter filter, PageRequest<NotePosition> request);
}
