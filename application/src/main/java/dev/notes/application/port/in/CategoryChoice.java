package dev.notes.application.port.in;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import java.util.Objects;

/**
 * The category a note should be in: none, an existing one by id, or one by name (made when
 * missing).
 */
public sealed interface CategoryChoice {

  static CategoryChoice none() {
    return None.INSTANCE;
  }

  /** No category: the note is uncategorized. */
  enum None implements CategoryChoice {
    INSTANCE
  }

  /** An existing category; a missing one is refused. */
  record ById(CategoryId id) implements CategoryChoice {
    public ById {
      Objects.requireNonNull(id, "id");
    }
  }

  /** The category with this name's identity, created in the same unit of work when missing. */
  record ByName(CategoryName name) implements CategoryChoice {
    public ByName {
      Objects.requireNonNull(name, "name");
    }
  }
}
