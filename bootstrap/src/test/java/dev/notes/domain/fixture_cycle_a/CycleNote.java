package dev.notes.domain.fixture_cycle_a;

import dev.notes.domain.fixture_cycle_b.CycleCategory;

/** Wrong on purpose (rule 7a): one half of a cycle between two aggregate packages. */
public final class CycleNote {

  public CycleCategory category;
}
