package dev.notes.domain.fixture_cycle_b;

import dev.notes.domain.fixture_cycle_a.CycleNote;
import java.util.List;

/** Wrong on purpose (rule 7a): the other half of the cycle. */
public final class CycleCategory {

  public List<CycleNote> notes;
}
