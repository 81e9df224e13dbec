package dev.notes.application.service;

import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateNoteService implements CreateNoteUseCase {

  private final CategoryResolver categoryResolver;
  private final NoteRepository notes;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CreateNoteService(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork, Clock clock) {
    this.categoryResolver = new CategoryResolver(categories);
    this.notes = notes;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public Note createNote(CreateNoteCommand command) {
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<CategoryRef> category = categoryResolver.resolve(command.category(), now);
          return notes.add(command.text(), category, now);
        });
  }
}
