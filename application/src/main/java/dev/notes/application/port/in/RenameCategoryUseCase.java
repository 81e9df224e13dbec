package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryWithNoteCount;
import java.util.Objects;

public interface RenameCategoryUseCase {

  /**
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   * @throws dev.notes.domain.shared.StaleVersion when the current version is not one of {@code
   *     expectedVersions}, or a concurrent change won
   * @throws dev.notes.domain.category.CategoryNameTaken when another category has the name
   */
  CategoryWithNoteCount renameCategory(RenameCategoryCommand command);

  /** {@code expectedVersions}: those the caller saw, when it wants the rename refused otherwise. */
  record RenameCategoryCommand(
      CategoryId id, CategoryName name, ExpectedVersions expectedVersions) {
    public RenameCategoryCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(expectedVersions, "expectedVersions (any() when any)");
    }
  }
}
