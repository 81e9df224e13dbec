package dev.notes.application.port.in;

import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;

public interface GetNoteUseCase {

  /**
   * @throws NoteNotFound when there is no such note
   */
  Note getNote(NoteId id);
}
