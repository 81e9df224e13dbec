package dev.notes.adapter.persistence;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.InvalidValue;
import java.time.Instant;

/** Translates between categories and their rows; the only place that knows both shapes. */
final class CategoryRows {

  private CategoryRows() {}

  static CategoryRow toRow(Category category) {
    CategoryRow row = new CategoryRow();
    row.id = category.id().value();
    row.name = category.name().value();
    row.nameKey = category.name().key();
    row.createdAt = category.createdAt();
    row.updatedAt = category.updatedAt();
    row.version = category.version();
    return row;
  }

  /** A row to insert; the database assigns its id. */
  static CategoryRow newRow(CategoryName name, Instant now) {
    CategoryRow row = new CategoryRow();
    row.name = name.value();
    row.nameKey = name.key();
    row.createdAt = now;
    row.updatedAt = now;
    row.version = Category.FIRST_VERSION;
    return row;
  }

  /** A row the domain's rules refuse is a defect of the storage (500), not the caller's mistake. */
  static Category toCategory(CategoryRow row) {
    try {
      return new Category(
          new CategoryId(row.id),
          new CategoryName(row.name),
          row.createdAt,
          row.updatedAt,
          row.version);
    } catch (InvalidValue refused) {
      throw new StoredRowBreaksARule("category " + row.id, refused);
    }
  }

  static CategoryWithNoteCount toCounted(CountedCategoryRow row) {
    return new CategoryWithNoteCount(toCategory(row), row.noteCount);
  }
}
