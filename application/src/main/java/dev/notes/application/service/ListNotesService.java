package dev.notes.application.service;

import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

public final class ListNotesService implements ListNotesUseCase {

  private final NoteRepository notes;

  public ListNotesService(NoteRepository notes) {
    this.notes = notes;
  }

  @Override
  public Page<Note, NotePosition> listNotes(NoteFilter filter, PageRequest<NotePosition> request) {
    return notes.page(filter, request);
  }
}
