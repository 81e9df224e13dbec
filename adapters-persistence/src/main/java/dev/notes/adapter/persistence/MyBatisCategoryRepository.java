package dev.notes.adapter.persistence;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Categories in the {@code category} table. Runs in the caller's transaction, if any. */
final class MyBatisCategoryRepository implements CategoryRepository {

  private final CategoryMapper categories;
  private final NoteMapper notes;
  private final ListGate listGate;

  MyBatisCategoryRepository(CategoryMapper categories, NoteMapper notes, ListGate listGate) {
    this.categories = categories;
    this.notes = notes;
    this.listGate = listGate;
  }

  @Override
  public Category add(CategoryName name, Instant now) {
    CategoryRow row = CategoryRows.newRow(name, now);
    try {
      categories.insert(row);
    } catch (DuplicateKeyException taken) {
      throw new CategoryNameTaken(name);
    }
    return Category.created(new CategoryId(row.id), name, now);
  }

  /**
   * A category that exists is only read, without a lock: many notes are added to the same category
   * at once, and a write to its row (even one that changes nothing) would make each of them
   * conflict with the others on a Galera cluster. The note's foreign key still keeps the category
   * from being deleted before the note is stored.
   *
   * <p>A missing one is inserted. When a concurrent creator of the same name wins, the insert waits
   * for it and fails as a duplicate. The unit of work is then run again from the start (it is a
   * {@link ConcurrencyFailureException}): in a fresh transaction the plain read sees the winner's
   * row. Reading it in this transaction would take a locking read, and concurrent losers, each
   * holding the shared lock the duplicate left them, would deadlock on it.
   */
  @Override
  public Category findOrAdd(CategoryName name, Instant now) {
    CategoryRow existing = categories.selectByNameKey(name.key());
    if (existing != null) {
      return CategoryRows.toCategory(existing);
    }
    CategoryRow row = CategoryRows.newRow(name, now);
    try {
      categories.insert(row);
    } catch (DuplicateKeyException createdMeanwhile) {
      throw new ConcurrencyFailureException(
          "category " + name.value() + " was created meanwhile", createdMeanwhile);
    }
    return Category.created(new CategoryId(row.id), name, now);
  }

  @Override
  public Optional<Category> findById(CategoryId id) {
    return Optional.ofNullable(categories.selectById(id.value())).map(CategoryRows::toCategory);
  }

  @Override
  public Optional<Category> findForChange(CategoryId id) {
    return Optional.ofNullable(categories.selectByIdForUpdate(id.value()))
        .map(CategoryRows::toCategory);
  }

  @Override
  public Optional<CategoryWithNoteCount> findWithNoteCountById(CategoryId id) {
    return Optional.ofNullable(categories.selectCountedById(id.value()))
        .map(CategoryRows::toCounted);
  }

  @Override
  public Optional<CategoryWithNoteCount> findWithNoteCountByName(CategoryName name) {
    return Optional.ofNullable(categories.selectCountedByNameKey(name.key()))
        .map(CategoryRows::toCounted);
  }

  @Override
  public boolean update(Category changed) {
    try {
      return categories.update(CategoryRows.toRow(changed)) == 1;
    } catch (DuplicateKeyException taken) {
      throw new CategoryNameTaken(changed.name());
    }
  }

  /**
   * The foreign key refuses the delete while notes refer to the category. The refusal proves at
   * least one note, even when the count, a plain read, cannot see a note committed meanwhile.
   */
  @Override
  public boolean remove(CategoryId id) {
    try {
      return categories.delete(id.value()) == 1;
    } catch (DataIntegrityViolationException stillReferenced) {
      throw new CategoryStillHasNotes(id, Math.max(1, notes.countByCategory(id.value())));
    }
  }

  /** A list, so it waits its turn ({@link ListGate}). */
  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> page(
      CategoryFilter filter, PageRequest<CategoryPosition> request) {
    CategoryPageQuery query = CategoryPageQuery.of(filter, request);
    return Page.fromLookahead(
        listGate.read(() -> categories.selectPage(query)).stream()
            .map(CategoryRows::toCounted)
            .toList(),
        request.limit(),
        found -> CategoryPosition.of(found.category()));
  }
}
