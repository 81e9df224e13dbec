package dev.notes.adapter.persistence;

import dev.notes.domain.shared.InvalidValue;

/**
 * A stored row that the domain refuses to read back (a name longer than the rules now allow, say):
 * a defect of the storage, answered as one (500), never as the mistake of whoever asked for it,
 * which the domain's own {@link InvalidValue} would be.
 */
final class StoredRowBreaksARule extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  StoredRowBreaksARule(String row, InvalidValue refused) {
    super(row + " as stored breaks a rule: " + refused.getMessage(), refused);
  }
}
