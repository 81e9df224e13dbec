package dev.notes.adapter.web.fixture_cycle_b;

import dev.notes.adapter.web.fixture_cycle_a.CursorParts;

/** Wrong on purpose (rule 7b): the other half of the cycle. */
public final class CursorFormat {

  public CursorParts parts;
}
