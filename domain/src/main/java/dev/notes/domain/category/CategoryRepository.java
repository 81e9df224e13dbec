package dev.notes.domain.category;

import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Where categories are kept. Implementations take part in the caller's unit of work; they never
 * open or commit one themselves.
 */
public interface CategoryRepository {

  /**
   * Stores a new category.
   *
   * @throws CategoryNameTaken when a category with the same name identity exists
   */
  Category add(CategoryName name, Instant now);

  /**
   * The category with this name's identity, stored first when missing. Concurrent callers with the
   * same new name all end with the one category that results: one stores it, and an implementation
   * may make the others' units of work run again, from the start, to find it (see {@code
   * UnitOfWork}: work may run twice).
   */
  Category findOrAdd(CategoryName name, Instant now);

  Optional<Category> findById(CategoryId id);

  /**
   * Reads a category in order to change it: until the caller's unit of work ends, no other unit of
   * work can change it (they wait), so the change cannot lose a race. Only inside a unit of work.
   */
  Optional<Category> findForChange(CategoryId id);

  Optional<CategoryWithNoteCount> findWithNoteCountById(CategoryId id);

  /** The category whose name has the same identity as {@code name}. */
  Optional<CategoryWithNoteCount> findWithNoteCountByName(CategoryName name);

  /**
   * Stores a changed category when the stored one is still at the version before {@code
   * changed.version()}.
   *
   * @return false when the category is gone or was changed by someone else meanwhile
   * @throws CategoryNameTaken when another category has the new name's identity
   */
  boolean update(Category changed);

  /**
   * Removes a category.
   *
   * @return false when there was none with this id
   * @throws CategoryStillHasNotes when notes still belong to it
   */
  boolean remove(CategoryId id);

  /** A page of the categories the filter admits, ordered by name identity, then id. */
  Page<CategoryWithNoteCount, CategoryPosition> page(
      CategoryFilter filter, PageRequest<CategoryPosition> request);
}
