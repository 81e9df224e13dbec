package dev.notes.application.port.in;

import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteText;
import java.util.Objects;

public interface EditNoteUseCase {

  /**
   * Replaces a note's text and category (with {@link CategoryChoice.ByName}, created when missing).
   *
   * @throws dev.notes.domain.note.NoteNotFound when there is no such note
   * @throws dev.notes.domain.shared.StaleVersion when the current version is not one of {@code
   *     expectedVersions}, or a concurrent change won
   * @throws dev.notes.domain.category.ReferencedCategoryNotFound when {@link CategoryChoice.ById}
   *     names no category
   */
  Note editNote(EditNoteCommand command);

  /** {@code expectedVersions}: those the caller saw, when it wants the edit refused otherwise. */
  record EditNoteCommand(
      NoteId id, NoteText text, CategoryChoice category, ExpectedVersions expectedVersions) {
    public EditNoteCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(category, "category (CategoryChoice.none() when uncategorized)");
      Objects.requireNonNull(expectedVersions, "expectedVersions (any() when any)");
    }
  }
}
