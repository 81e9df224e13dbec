package dev.notes.adapter.web.fixture_violation;

import dev.notes.application.port.in.CreateNoteUseCase.CreateNoteCommand;
import dev.notes.application.service.CreateNoteService;
import dev.notes.domain.note.Note;

/** Wrong on purpose (rule 4): a web class that calls the service instead of its port. */
public final class WebCallingService {

  private final CreateNoteService service;

  public WebCallingService(CreateNoteService service) {
    this.service = service;
  }

  public Note create(CreateNoteCommand command) {
    return service.createNote(command);
  }
}
