package dev.notes.application.port.in;

import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;

public interface GetNoteUseCase {

  /**
   * @throws dev.notes.domain.note.NoteNotFound when there is no such note
   */
  Note getNote(NoteId id);
}
