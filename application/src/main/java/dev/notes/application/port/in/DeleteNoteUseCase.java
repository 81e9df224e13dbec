package dev.notes.application.port.in;

import dev.notes.domain.note.NoteId;

public interface DeleteNoteUseCase {

  /**
   * Deletes a note; its category stays.
   *
   * @throws dev.notes.domain.note.NoteNotFound when there is no such note
   */
  void deleteNote(NoteId id);
}
