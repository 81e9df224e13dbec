package dev.notes.application.port.in;

import dev.notes.domain.shared.StaleVersion;
import java.util.Collection;
import java.util.Set;

/**
 * The versions a change may be applied to: any, or only one of those the caller saw (one, or
 * several, as an HTTP If-Match list names them). The service compares them with the version it read
 * for change, so that nothing can change in between.
 *
 * @param versions the acceptable versions; none means any
 */
public record ExpectedVersions(Set<Long> versions) {

  public ExpectedVersions {
    versions = Set.copyOf(versions);
  }

  public static ExpectedVersions any() {
    return new ExpectedVersions(Set.of());
  }

  /** At least one: a list that can never match is the caller's to refuse, never "any". */
  public static ExpectedVersions oneOf(Collection<Long> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no version listed; use any() when any will do");
    }
    return new ExpectedVersions(Set.copyOf(versions));
  }

  public boolean isAny() {
    return versions.isEmpty();
  }

  /** Refuses a change to the {@code current} version unless it is one of these. */
  public void check(long current, String what) {
    if (!isAny() && !versions.contains(current)) {
      throw new StaleVersion(what, versions, current);
    }
  }
}
