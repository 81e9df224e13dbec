package dev.notes.domain.fixture_violation;

import org.springframework.util.StringUtils;

/** Wrong on purpose (rule 1): a domain class that reaches for Spring. */
public final class DomainUsingSpring {

  public boolean isNamed(String name) {
    return StringUtils.hasText(name);
  }
}
