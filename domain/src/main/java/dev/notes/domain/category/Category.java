package dev.notes.domain.category;

import dev.notes.domain.shared.Instants;
import java.time.Instant;
import java.util.Objects;

/**
 * A named group of notes. Immutable: a change returns the next version, which the repository stores
 * only if nobody stored another change first.
 */
public record Category(
    CategoryId id, CategoryName name, Instant createdAt, Instant updatedAt, long version) {

  public static final long FIRST_VERSION = 0;

  public Category {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    createdAt = Instants.toMillis(createdAt);
    updatedAt = Instants.toMillis(updatedAt);
    if (version < FIRST_VERSION) {
      throw new IllegalArgumentException("a version is never negative, was " + version);
    }
  }

  /** The category as it is when first stored. */
  public static Category created(CategoryId id, CategoryName name, Instant now) {
    return new Category(id, name, now, now, FIRST_VERSION);
  }

  public Category renamedTo(CategoryName newName, Instant now) {
    return new Category(id, newName, createdAt, now, version + 1);
  }

  public CategoryRef ref() {
    return new CategoryRef(id, name);
  }
}
