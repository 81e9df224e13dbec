package dev.notes.application.service;

import dev.notes.application.port.in.RenameCategoryUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.shared.StaleVersion;
import java.time.Clock;

public final class RenameCategoryService implements RenameCategoryUseCase {

  private final CategoryRepository categories;
  private final NoteRepository notes;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public RenameCategoryService(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork, Clock clock) {
    this.categories = categories;
    this.notes = notes;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public CategoryWithNoteCount renameCategory(RenameCategoryCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          Category current =
              categories
                  .findForChange(command.id())
                  .orElseThrow(() -> new CategoryNotFound(command.id()));
          command.expectedVersions().check(current.version(), describe(current));
          Category result = current;
          // The same spelling is no change, so it keeps its version (PUT is idempotent).
          if (!current.name().equals(command.name())) {
            result = current.renamedTo(command.name(), clock.instant());
            if (!categories.update(result)) {
              throw new StaleVersion(describe(current));
            }
          }
          return new CategoryWithNoteCount(result, notes.countByCategory(result.id()));
        });
  }

  private static String describe(Category category) {
    return "category " + category.id().value();
  }
}
