package dev.notes.domain.fixture_onion;

/** A small hexagon for rule 9: the domain's port, as it should be. */
public interface OnionNoteRepository {

  long count();
}
