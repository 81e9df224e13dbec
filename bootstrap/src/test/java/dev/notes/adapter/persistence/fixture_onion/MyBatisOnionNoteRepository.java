package dev.notes.adapter.persistence.fixture_onion;

import dev.notes.domain.fixture_onion.OnionNoteRepository;

/** A small hexagon for rule 9: the adapter implementing the domain's port, as it should. */
public final class MyBatisOnionNoteRepository implements OnionNoteRepository {

  @Override
  public long count() {
    return 0;
  }
}
