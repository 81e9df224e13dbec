package dev.notes.domain.fixture_violation;

import dev.notes.adapter.web.fixture_violation.FixtureController;

/** Wrong on purpose (rule 6): a domain class that knows an adapter. */
public final class DomainUsingAdapter {

  public FixtureController controller;
}
