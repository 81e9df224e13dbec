package dev.notes.application.fixture_violation;

import tools.jackson.databind.ObjectMapper;

/** Wrong on purpose (rule 2): a use case that writes JSON itself. */
public final class ApplicationUsingJackson {

  private final ObjectMapper json = new ObjectMapper();

  public String export(Object note) {
    return json.writeValueAsString(note);
  }
}
