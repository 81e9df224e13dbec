package dev.notes.application.service;

import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.note.NoteRepository;

/** The category always stays. */
public final class DeleteNoteService implements DeleteNoteUseCase {

  private final NoteRepository notes;
  private final UnitOfWork unitOfWork;

  public DeleteNoteService(NoteRepository notes, UnitOfWork unitOfWork) {
    this.notes = notes;
    this.unitOfWork = unitOfWork;
  }

  /**
   * Any version: one DELETE, atomic on its own, no unit of work. Expected versions: the note is
   * read for change first, so that no change can come between the comparison and the delete.
   */
  @Override
  public void deleteNote(DeleteNoteCommand command) {
    if (command.expectedVersions().isAny()) {
      remove(command);
      return;
    }
    unitOfWork.inTransaction(
        () -> {
          Note current =
              notes.findForChange(command.id()).orElseThrow(() -> new NoteNotFound(command.id()));
          command.expectedVersions().check(current.version(), "note " + current.id().value());
          remove(command);
          return null;
        });
  }

  private void remove(DeleteNoteCommand command) {
    if (!notes.remove(command.id())) {
      throw new NoteNotFound(command.id());
    }
  }
}
