package dev.notes.application.port.in;

import dev.notes.domain.note.NoteId;
import java.util.Objects;
import java.util.OptionalLong;

public interface DeleteNoteUseCase {

  /**
   * Deletes a note; its category stays.
   *
   * @throws dev.notes.domain.note.NoteNotFound when there is no such note
   * @throws dev.notes.domain.shared.StaleVersion when {@code expectedVersion} is given and is not
   *     the current one; nothing is deleted
   */
  void deleteNote(DeleteNoteCommand command);

  /**
   * {@code expectedVersion}: the version the caller saw, when it wants the delete refused
   * otherwise.
   */
  record DeleteNoteCommand(NoteId id, OptionalLong expectedVersion) {
    public DeleteNoteCommand {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(expectedVersion, "expectedVersion (empty when any)");
    }

    /** Whatever version is stored. */
    public static DeleteNoteCommand anyVersion(NoteId id) {
      return new DeleteNoteCommand(id, OptionalLong.empty());
    }
  }
}
