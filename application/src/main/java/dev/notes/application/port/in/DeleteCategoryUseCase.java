package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import java.util.Objects;
import java.util.OptionalLong;

public interface DeleteCategoryUseCase {

  /**
   * Deletes a category that has no notes.
   *
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   * @throws dev.notes.domain.shared.StaleVersion when {@code expectedVersion} is given and is not
   *     the current one; nothing is deleted
   * @throws dev.notes.domain.category.CategoryStillHasNotes when notes belong to it
   */
  void deleteCategory(DeleteCategoryCommand command);

  /**
   * {@code expectedVersion}: the version the caller saw, when it wants the delete refused
   * otherwise.
   */
  record DeleteCategoryCommand(CategoryId id, OptionalLong expectedVersion) {
    public DeleteCategoryCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(expectedVersion, "expectedVersion (empty when any)");
    }

    /** Whatever version is stored. */
    public static DeleteCategoryCommand anyVersion(CategoryId id) {
      return new DeleteCategoryCommand(id, OptionalLong.empty());
    }
  }
}
