package dev.notes.application.service;

import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.note.NoteRepository;

/** One DELETE, atomic on its own: no unit of work needed. The category always stays. */
public final class DeleteNoteService implements DeleteNoteUseCase {

  private final NoteRepository notes;

  public DeleteNoteService(NoteRepository notes) {
    this.notes = notes;
  }

  @Override
  public void deleteNote(NoteId id) {
    if (!notes.remove(id)) {
      throw new NoteNotFound(id);
    }
  }
}
