package dev.notes.domain.fixture_violation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wrong on purpose (rule 1): a value object that knows its JSON name. */
public record DomainUsingJackson(@JsonProperty("note_text") String text) {}
