package dev.notes.bootstrap.e2e;

import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A hostile client against the service on MariaDB through mysql-connector-j. */
@MariaDb
class MariaDbHostileRequestsEndToEndTest extends HostileRequestsEndToEndTest {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> MariaDbServer.freshJdbcUrl("notes_test_hostile"));
    registry.add("spring.datasource.username", () -> MariaDbServer.USERNAME);
    registry.add("spring.datasource.password", () -> MariaDbServer.PASSWORD);
  }
}
