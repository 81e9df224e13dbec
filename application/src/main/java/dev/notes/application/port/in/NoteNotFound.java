package dev.notes.application.port.in;

import dev.notes.domain.note.NoteId;
import dev.notes.domain.shared.DomainException;

/** No note has this id. */
public final class NoteNotFound extends DomainException {

  private static final long serialVersionUID = 1L;

  public NoteNotFound(NoteId id) {
    super("note " + id.value() + " does not exist");
  }
}
