package dev.notes.adapter.persistence;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test of this module starts from empty tables. Rolling back is not enough: Spring's test
 * transaction does not cover the test methods that the repository contract suites declare (Spring
 * looks for {@code @Transactional} on a method's declaring class, and the contracts live in the
 * framework-free domain), and the concurrency tests commit on purpose.
 */
final class EmptyTables implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
    jdbc.update("DELETE FROM note");
    jdbc.update("DELETE FROM category");
  }
}
