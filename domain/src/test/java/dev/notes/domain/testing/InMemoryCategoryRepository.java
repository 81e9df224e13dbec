package dev.notes.domain.testing;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The in-memory fake of {@link CategoryRepository}; it passes the same contract as MyBatis. */
final class InMemoryCategoryRepository implements CategoryRepository {

  private static final Comparator<CategoryPosition> ORDER =
      Comparator.comparing(CategoryPosition::nameKey)
          .thenComparingLong(position -> position.id().value());

  private final InMemoryDatabase db;

  InMemoryCategoryRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Category add(CategoryName name, Instant now) {
    synchronized (db) {
      if (findByKey(name.key()).isPresent()) {
        throw new CategoryNameTaken(name);
      }
      Category category = Category.created(new CategoryId(db.nextCategoryId++), name, now);
      db.categories.put(category.id().value(), category);
      return category;
    }
  }

  @Override
  public Category findOrAdd(CategoryName name, Instant now) {
    synchronized (db) {
      return findByKey(name.key()).orElseGet(() -> add(name, now));
    }
  }

  @Override
  public Optional<Category> findById(CategoryId id) {
    synchronized (db) {
      return Optional.ofNullable(db.categories.get(id.value()));
    }
  }

  /** Every call holds the store's lock, so nothing can change a category between read and write. */
  @Override
  public Optional<Category> findForChange(CategoryId id) {
    return findById(id);
  }

  @Override
  public Optional<CategoryWithNoteCount> findWithNoteCountById(CategoryId id) {
    synchronized (db) {
      return findById(id).map(this::withNoteCount);
    }
  }

  @Override
  public Optional<CategoryWithNoteCount> findWithNoteCountByName(CategoryName name) {
    synchronized (db) {
      return findByKey(name.key()).map(this::withNoteCount);
    }
  }

  @Override
  public boolean update(Category changed) {
    synchronized (db) {
      Category stored = db.categories.get(changed.id().value());
      if (stored == null || stored.version() != changed.version() - 1) {
        return false;
      }
      Optional<Category> holder = findByKey(changed.name().key());
      if (holder.isPresent() && !holder.get().id().equals(changed.id())) {
        throw new CategoryNameTaken(changed.name());
      }
      db.categories.put(changed.id().value(), changed);
      return true;
    }
  }

  @Override
  public boolean remove(CategoryId id) {
    synchronized (db) {
      int noteCount = db.notesOf(id.value()).size();
      if (noteCount > 0) {
        throw new CategoryStillHasNotes(id, noteCount);
      }
      return db.categories.remove(id.value()) != null;
    }
  }

  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> page(
      CategoryFilter filter, PageRequest<CategoryPosition> request) {
    synchronized (db) {
      List<CategoryWithNoteCount> fetched =
          db.categories.values().stream()
              .filter(
                  category ->
                      filter
                          .nameKeyContains()
                          .map(
                              text ->
                                  InMemoryNoteRepository.searchForm(category.name().key())
                                      .contains(InMemoryNoteRepository.searchForm(text)))
                          .orElse(true))
              .filter(category -> filter.nameKey().map(category.name().key()::equals).orElse(true))
              .filter(
                  category ->
                      request
                          .after()
                          .map(after -> ORDER.compare(CategoryPosition.of(category), after) > 0)
                          .orElse(true))
              .sorted(Comparator.comparing(CategoryPosition::of, ORDER))
              .limit(request.limit() + 1L)
              .map(this::withNoteCount)
              .toList();
      return Page.fromLookahead(
          fetched, request.limit(), found -> CategoryPosition.of(found.category()));
    }
  }

  private Optional<Category> findByKey(String key) {
    return db.categories.values().stream()
        .filter(category -> category.name().key().equals(key))
        .findFirst();
  }

  private CategoryWithNoteCount withNoteCount(Category category) {
    return new CategoryWithNoteCount(category, db.notesOf(category.id().value()).size());
  }
}
