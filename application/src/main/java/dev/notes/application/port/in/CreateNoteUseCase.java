package dev.notes.application.port.in;

import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteText;
import java.util.Objects;

public interface CreateNoteUseCase {

  /**
   * Stores a note; with {@link CategoryChoice.ByName} the category is created when missing, in the
   * same unit of work: if anything fails, neither is stored.
   *
   * @throws dev.notes.domain.category.ReferencedCategoryNotFound when {@link CategoryChoice.ById}
   *     names no category
   */
  Note createNote(CreateNoteCommand command);

  record CreateNoteCommand(NoteText text, CategoryChoice category) {
    public CreateNoteCommand {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(category, "category (CategoryChoice.none() when uncategorized)");
    }
  }
}
