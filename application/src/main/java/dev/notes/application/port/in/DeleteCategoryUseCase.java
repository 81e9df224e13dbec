package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import java.util.Objects;

public interface DeleteCategoryUseCase {

  /**
   * Deletes a category that has no notes.
   *
   * @throws dev.notes.domain.category.CategoryNotFound when there is no such category
   * @throws dev.notes.domain.shared.StaleVersion when the current version is not one of {@code
   *     expectedVersions}; nothing is deleted
   * @throws dev.notes.domain.category.CategoryStillHasNotes when notes belong to it
   */
  void deleteCategory(DeleteCategoryCommand command);

  /** {@code expectedVersions}: those the caller saw, when it wants the delete refused otherwise. */
  record DeleteCategoryCommand(CategoryId id, ExpectedVersions expectedVersions) {
    public DeleteCategoryCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(expectedVersions, "expectedVersions (any() when any)");
    }

    /** Whatever version is stored. */
    public static DeleteCategoryCommand anyVersion(CategoryId id) {
      return new DeleteCategoryCommand(id, ExpectedVersions.any());
    }
  }
}
