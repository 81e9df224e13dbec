package dev.notes.application.service;

import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.note.NoteRepository;

public final class GetNoteService implements GetNoteUseCase {

  private final NoteRepository notes;

  public GetNoteService(NoteRepository notes) {
    this.notes = notes;
  }

  @Override
  public Note getNote(NoteId id) {
    return notes.findById(id).orElseThrow(() -> new NoteNotFound(id));
  }
}
