package dev.notes.application.service;

import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class EditNoteService implements EditNoteUseCase {

  private final CategoryResolver categoryResolver;
  private final NoteRepository notes;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public EditNoteService(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork, Clock clock) {
    this.categoryResolver = new CategoryResolver(categories);
    this.notes = notes;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Note editNote(EditNoteCommand command) {
    return categoryResolver.store(
        command.category(), () -> unitOfWork.inTransaction(() -> edit(command)));
  }

  private Note edit(EditNoteCommand command) {
    Note current =
        notes.findForChange(command.id()).orElseThrow(() -> new NoteNotFound(command.id()));
    String what = "note " + current.id().value();
    command.expectedVersions().check(current.version(), what);
    Instant now = clock.instant();
    Optional<CategoryRef> category = categoryResolver.resolve(command.category(), now);
    if (isSame(current, command, category)) {
      return current; // nothing changes, so the version stays (PUT is idempotent)
    }
    Note edited = current.edited(command.text(), category, now);
    if (!notes.update(edited)) {
      throw new StaleVersion(what);
    }
    return edited;
  }

  private static boolean isSame(
      Note current, EditNoteCommand command, Optional<CategoryRef> category) {
    return current.text().equals(command.text())
        && current.category().map(CategoryRef::id).equals(category.map(CategoryRef::id));
  }
}
