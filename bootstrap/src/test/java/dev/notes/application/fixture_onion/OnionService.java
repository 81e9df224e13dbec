package dev.notes.application.fixture_onion;

import dev.notes.adapter.persistence.fixture_onion.MyBatisOnionNoteRepository;
import dev.notes.domain.fixture_onion.OnionNoteRepository;

/** Wrong on purpose (rule 9): a service that builds its adapter itself, an arrow pointing out. */
public final class OnionService {

  private final OnionNoteRepository notes = new MyBatisOnionNoteRepository();

  public long count() {
    return notes.count();
  }
}
