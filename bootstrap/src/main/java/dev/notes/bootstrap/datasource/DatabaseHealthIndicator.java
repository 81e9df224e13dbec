package dev.notes.bootstrap.datasource;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, in place of Spring Boot's (switched off in
 * application.yml): DOWN when no connection can be had or validated. A failed check is one WARN
 * line with the reason. Boot's indicator logs each one with its stack trace, about 140 lines, so a
 * probe every 10 s during an outage wrote some 850 lines a minute that said the same thing.
 */
@Component("db")
public class DatabaseHealthIndicator implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(DatabaseHealthIndicator.class);
  private static final int VALIDATION_SECONDS = 1;

  private final DataSource dataSource;

  public DatabaseHealthIndicator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Health health() {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(VALIDATION_SECONDS)) {
        return Health.up().build();
      }
      log.warn("database health check failed: the connection did not validate");
    } catch (SQLException failure) {
      log.warn("database health check failed: {}", JdbcUrls.rootMessage(failure));
    }
    return Health.down().build();
  }
}
