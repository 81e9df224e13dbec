package dev.notes.application.service;

import dev.notes.application.port.in.CreateCategoryUseCase;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import java.time.Clock;

public final class CreateCategoryService implements CreateCategoryUseCase {

  private final CategoryRepository categories;
  private final Clock clock;

  public CreateCategoryService(CategoryRepository categories, Clock clock) {
    this.categories = categories;
    this.clock = clock;
  }

  /**
   * One INSERT, atomic on its own: no unit of work needed; the unique index refuses a taken name.
   */
  @Override
  public CategoryWithNoteCount createCategory(CreateCategoryCommand command) {
    return new CategoryWithNoteCount(categories.add(command.name(), clock.instant()), 0);
  }
}
