package dev.notes.application.testing;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Passes every call on to another repository. A test overrides the one method that should misbehave
 * (a lost race, a failed statement) and keeps the real behaviour of all the others.
 */
public class ForwardingCategoryRepository implements CategoryRepository {

  private final CategoryRepository delegate;

  public ForwardingCategoryRepository(CategoryRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public Category add(CategoryName name, Instant now) {
    return delegate.add(name, now);
  }

  @Override
  public Category findOrAdd(CategoryName name, Instant now) {
    return delegate.findOrAdd(name, now);
  }

  @Override
  public Optional<Category> findById(CategoryId id) {
    return delegate.findById(id);
  }

  @Override
  public Optional<Category> findForChange(CategoryId id) {
    return delegate.findForChange(id);
  }

  @Override
  public Optional<CategoryWithNoteCount> findWithNoteCountById(CategoryId id) {
    return delegate.findWithNoteCountById(id);
  }

  @Override
  public Optional<CategoryWithNoteCount> findWithNoteCountByName(CategoryName name) {
    return delegate.findWithNoteCountByName(name);
  }

  @Override
  public boolean update(Category changed) {
    return delegate.update(changed);
  }

  @Override
  public boolean remove(CategoryId id) {
    return delegate.remove(id);
  }

  @Override
  public Page<CategoryWithNoteCount, CategoryPosition> page(
      CategoryFilter filter, PageRequest<CategoryPosition> request) {
    return delegate.page(filter, request);
  }
}
