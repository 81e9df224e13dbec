package dev.notes.bootstrap.db;

import dev.notes.adapter.persistence.PersistenceConfiguration;
import dev.notes.bootstrap.datasource.MySqlDriverDefaults;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The context of a db command: the service's data source and Flyway configuration, nothing else.
 * Flyway's automatic migration at start-up is switched off so that {@code db info} and {@code db
 * drop} touch nothing before they run, and so that a failure is reported by the command itself.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import({MySqlDriverDefaults.class, DbCommandRunner.class})
@PropertySource(PersistenceConfiguration.DEFAULTS)
class DbCommandConfiguration {

  @Bean
  FlywayMigrationStrategy noMigrationAtStartup() {
    return flyway -> {};
  }
}
