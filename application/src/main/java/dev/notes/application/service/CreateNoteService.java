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
   * A note without a category or in an existing one is stored by one INSERT, atomic on its own: no
   * unit of work (a transaction would cost three more round trips). The plain read of an existing
   * category before it needs none either: the note's foreign key refuses a category deleted since,
   * as the repository promises, and inside a transaction the read would not lock the category any
   * more than outside it. Only a category made by name must live or die with its note.
   */
  @Override
  public Note createNote(CreateNoteCommand command) {
    if (command.category() instanceof CategoryChoice.ByName) {
      return categoryResolver.store(
          command.category(), () -> unitOfWork.inTransaction(() -> store(command)));
    }
    return store(command);
  }

  private Note store(CreateNoteCommand command) {
    Instant now = clock.instant();
    Optional<CategoryRef> category = categoryResolver.resolve(command.category(), now);
    return notes.add(command.text(), category, now);
  }
}
