package dev.notes.domain.note;

import dev.notes.domain.shared.DomainException;

/** No note has this id. */
public final class NoteNotFound extends DomainException {

  private static final long serialVersionUID = 1L;

  public NoteNotFound(NoteId id) {
    super("note " + id.value() + " does not exist");
  }
}
