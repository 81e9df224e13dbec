package dev.notes.application.service;

import dev.notes.application.port.in.CategoryChoice;
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

  /**
   * Without a category it is one INSERT, atomic on its own: no unit of work (a transaction would
   * cost three more round trips). With one, reading or making the category and storing the note
   * must hold together.
   */
  @Override
  public Note createNote(CreateNoteCommand command) {
    if (command.category() instanceof CategoryChoice.None) {
      return notes.add(command.text(), Optional.empty(), clock.instant());
    }
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<CategoryRef> category = categoryResolver.resolve(command.category(), now);
          return notes.add(command.text(), category, now);
        });
  }
}
