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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Categories in the {@code category} table. Runs in the caller's transaction, if any. */
final class MyBatisCategoryRepository implements CategoryRepository {

  private final CategoryMapper categories;
  private final NoteMapper notes;

  MyBatisCategoryRepository(CategoryMapper categories, NoteMapper notes) {
    this.categories = categories;
    this.notes = notes;
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
   * Two statements, and no check-then-insert: the insert waits for a concurrent inserter of the
   * same key and then does nothing, and the locking read sees that inserter's committed row, which
   * a plain read under REPEATABLE READ would miss (it reads the transaction's older snapshot). Both
   * lock the row until the unit of work ends, so a note can still be added to it.
   *
   * <p>The locking read comes second on purpose: first, on a missing key, it would lock the gap
   * where the key belongs, and concurrent creators of the same new name would deadlock.
   */
  @Override
  public Category findOrAdd(CategoryName name, Instant now) {
    while (true) {
      categories.insertUnlessNameKeyTaken(CategoryRows.newRow(name, now));
      CategoryRow row = categories.selectByNameKeyForUpdate(name.key());
      if (row != null) {
        return CategoryRows.toCategory(row);
      }
      // Only without a unit of work, whose locks would prevent it: someone deleted the category
      // between the two statements. Store it again.
    }
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

  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> page(
      CategoryFilter filter, PageRequest<CategoryPosition> request) {
    return Page.fromLookahead(
        categories.selectPage(CategoryPageQuery.of(filter, request)).stream()
            .map(CategoryRows::toCounted)
            .toList(),
        request.limit(),
        found -> CategoryPosition.of(found.category()));
  }
}
