package dev.notes.bootstrap.e2e;

import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API over HTTP on MariaDB through mysql-connector-j, as in production. */
@MariaDb
class MariaDbRestApiEndToEndTest extends RestApiEndToEndTest {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> MariaDbServer.freshJdbcUrl("notes_test_e2e"));
    registry.add("spring.datasource.username", () -> MariaDbServer.USERNAME);
    registry.add("spring.datasource.password", () -> MariaDbServer.PASSWORD);
    // Room for the 20 concurrent requests of the race tests.
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "24");
  }
}
