package dev.notes.adapter.persistence.fixture_violation;

import dev.notes.adapter.web.fixture_violation.FixtureController;

/** Wrong on purpose (rule 3): the persistence adapter calling into the web adapter. */
public final class PersistenceCallingController {

  public FixtureController controller;
}
