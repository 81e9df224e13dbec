package dev.notes.application.port.in;

import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;

/**
 * Notes, newest first: all, one category's, or the uncategorized ones, optionally only those whose
 * text contains a substring (case-insensitive, {@code %} and {@code _} literal). A category that
 * does not exist simply has no notes here.
 */
public interface ListNotesUseCase {

  Page<Note, NotePosition> listNotes(NoteFilter filter, PageRequest<NotePosition> request);
}
