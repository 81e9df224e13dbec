package dev.notes.adapter.web.fixture_violation;

import dev.notes.bootstrap.fixture_violation.WiringDetail;

/** Wrong on purpose (rule 5b): an adapter class that knows the composition root. */
public final class WebUsingBootstrap {

  public WiringDetail wiring;
}
