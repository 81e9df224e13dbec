package dev.notes.application.fixture_violation;

import org.springframework.transaction.annotation.Transactional;

/** Wrong on purpose (rule 2): a service that asks Spring for its transaction, as buckpal's do. */
public class ApplicationUsingSpring {

  @Transactional
  public void renameEverything() {}
}
