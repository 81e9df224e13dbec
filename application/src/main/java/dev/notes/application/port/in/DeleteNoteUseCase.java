package dev.notes.application.port.in;

import dev.notes.domain.note.NoteId;
import java.util.Objects;

public interface DeleteNoteUseCase {

  /**
   * Deletes a note; its category stays.
   *
   * @throws dev.notes.domain.note.NoteNotFound when there is no such note
   * @throws dev.notes.domain.shared.StaleVersion when the current version is not one of {@code
   *     expectedVersions}; nothing is deleted
   */
  void deleteNote(DeleteNoteCommand command);

  /** {@code expectedVersions}: those the caller saw, when it wants the delete refused otherwise. */
  record DeleteNoteCommand(NoteId id, ExpectedVersions expectedVersions) {
    public DeleteNoteCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(expectedVersions, "expectedVersions (any() when any)");
    }

    /** Whatever version is stored. */
    public static DeleteNoteCommand anyVersion(NoteId id) {
      return new DeleteNoteCommand(id, ExpectedVersions.any());
    }
  }
}
