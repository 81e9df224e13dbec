package dev.notes.domain.fixture_violation;

import dev.notes.application.port.in.GetNoteUseCase;

/** Wrong on purpose (rule 6): a domain class that knows a use case. */
public final class DomainUsingUseCase {

  public GetNoteUseCase notes;
}
