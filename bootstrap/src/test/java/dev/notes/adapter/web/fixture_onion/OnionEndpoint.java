package dev.notes.adapter.web.fixture_onion;

import dev.notes.application.fixture_onion.OnionService;

/** A small hexagon for rule 9: the web adapter calling the application, as it should. */
public final class OnionEndpoint {

  public OnionService service;
}
