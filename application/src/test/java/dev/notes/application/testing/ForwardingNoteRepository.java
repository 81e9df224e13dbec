package dev.notes.application.testing;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Passes every call on to another repository. A test overrides the one method that should misbehave
 * (a lost race, a failed statement) and keeps the real behaviour of all the others.
 */
public class ForwardingNoteRepository implements NoteRepository {

  private final NoteRepository delegate;

  public ForwardingNoteRepository(NoteRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public Note add(NoteText text, Optional<CategoryRef> category, Instant now) {
    return delegate.add(text, category, now);
  }

  @Override
  public Optional<Note> findById(NoteId id) {
    return delegate.findById(id);
  }

  @Override
  public Optional<Note> findForChange(NoteId id) {
    return delegate.findForChange(id);
  }

  @Override
  public boolean update(Note changed) {
    return delegate.update(changed);
  }

  @Override
  public boolean remove(NoteId id) {
    return delegate.remove(id);
  }

  @Override
  public long countByCategory(CategoryId id) {
    return delegate.countByCategory(id);
  }

  @Override
  public Page<Note, NotePosition> page(NoteFilter filter, PageRequest<NotePosition> request) {
    return delegate.page(filter, request);
  }
}
