package dev.notes.application.port.in.fixture_violation;

import dev.notes.application.service.CreateNoteService;

/** Wrong on purpose (rule 5a): an inbound port that knows the service implementing it. */
public interface UseCaseReturningService {

  CreateNoteService implementation();
}
