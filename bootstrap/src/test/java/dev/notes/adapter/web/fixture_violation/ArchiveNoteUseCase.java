package dev.notes.adapter.web.fixture_violation;

/** Wrong on purpose (rule 8a): a use case declared in the web adapter. */
public interface ArchiveNoteUseCase {

  void archive(long noteId);
}
