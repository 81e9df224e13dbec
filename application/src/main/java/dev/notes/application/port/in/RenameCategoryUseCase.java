package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryWithNoteCount;
import java.util.Objects;
import java.util.OptionalLong;

public interface RenameCategoryUseCase {

  /**
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   * @throws dev.notes.domain.shared.StaleVersion when {@code expectedVersion} is given and is not
   *     the current one, or a concurrent change won
   * @throws dev.notes.domain.category.CategoryNameTaken when another category has the name
   */
  CategoryWithNoteCount renameCategory(RenameCategoryCommand command);

  /**
   * {@code expectedVersion}: the version the caller saw, when it wants the rename refused
   * otherwise.
   */
  record RenameCategoryCommand(CategoryId id, CategoryName name, OptionalLong expectedVersion) {
    public RenameCategoryCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(expectedVersion, "expectedVersion (empty when any)");
    }
  }
}
