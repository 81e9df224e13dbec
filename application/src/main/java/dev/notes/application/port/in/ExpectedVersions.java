package dev.notes.application.port.in;

import dev.notes.domain.shared.StaleVersion;
import java.util.Collection;
import java.util.Set;

/**
 * The versions a change may be applied to: any, or only one of those the caller saw (one, or
 * several, as an HTTP If-Match list names them). The service compares them with the version it read
 * for change, so that nothing can change in between.
 *
 * <p>"Any" is said explicitly, never by an empty list: a list that can never match is the caller's
 * to refuse, and must not turn into an unconditional change on its way here.
 *
 * @param versions the acceptable versions; empty exactly when {@code anyVersion}
 * @param anyVersion whether every version is acceptable
 */
public record ExpectedVersions(Set<Long> versions, boolean anyVersion) {

  public ExpectedVersions {
    versions = Set.copyOf(versions);
    if (anyVersion != versions.isEmpty()) {
      throw new IllegalArgumentException(
          anyVersion ? "any() lists no version" : "no version listed; use any() when any will do");
    }
  }

  public static ExpectedVersions any() {
    return new ExpectedVersions(Set.of(), true);
  }

  /** At least one: a list that can never match is the caller's to refuse, never "any". */
  public static ExpectedVersions oneOf(Collection<Long> versions) {
    return new ExpectedVersions(Set.copyOf(versions), false);
  }

  public boolean isAny() {
    return anyVersion;
  }

  /** Refuses a change to the {@code current} version unless it is one of these. */
  public void check(long current, String what) {
    if (!anyVersion && !versions.contains(current)) {
      throw new StaleVersion(what, versions, current);
    }
  }
}
