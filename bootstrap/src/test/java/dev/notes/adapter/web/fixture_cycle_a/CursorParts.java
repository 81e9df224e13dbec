package dev.notes.adapter.web.fixture_cycle_a;

import dev.notes.adapter.web.fixture_cycle_b.CursorFormat;

/** Wrong on purpose (rule 7b): one half of a cycle between two adapter packages. */
public final class CursorParts {

  public CursorFormat format;
}
