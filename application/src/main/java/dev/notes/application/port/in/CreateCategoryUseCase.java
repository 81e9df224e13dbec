package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryWithNoteCount;
import java.util.Objects;

public interface CreateCategoryUseCase {

  /**
   * @throws dev.notes.domain.category.CategoryNameTaken when the name's identity is taken
   */
  CategoryWithNoteCount createCategory(CreateCategoryCommand command);

  record CreateCategoryCommand(CategoryName name) {
    public CreateCategoryCommand {
      Objects.requireNonNull(name, "name");
    }
  }
}
