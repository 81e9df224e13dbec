package dev.notes.domain.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/** The change was based on a version that is no longer the current one; nothing was changed. */
public final class StaleVersion extends DomainException {

  private static final long serialVersionUID = 1L;

  /** {@code expected}: the versions the change was allowed for, one or several. */
  public StaleVersion(String what, Collection<Long> expected, long current) {
    super(
        what
            + " is at version "
            + current
            + ", not "
            + (expected.size() == 1 ? "" : "one of ")
            + expected.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))
            + "; read it again and retry");
  }

  public StaleVersion(String what) {
    super(what + " was changed by someone else meanwhile; read it again and retry");
  }
}
