package dev.notes.adapter.persistence;

import dev.notes.adapter.persistence.testing.MariaDb;
import dev.notes.adapter.persistence.testing.MariaDbServer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * This adapter on the MariaDB server of {@link MariaDbServer}, in a database of this suite's own
 * ({@value #DATABASE}, dropped once per test JVM), through mysql-connector-j as in production, with
 * the Flyway migrations applied. Each test starts from empty tables; the test methods declared in
 * this module also run in a transaction that is rolled back, unless they opt out to commit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@MariaDb
@MybatisTest
@ExtendWith(EmptyTables.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PersistenceConfiguration.class, StatementCounter.class})
@ContextConfiguration(initializers = MyBatisOnMariaDb.Database.class)
// Room for one connection per thread of the concurrency tests.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=24")
@interface MyBatisOnMariaDb {

  String DATABASE = "notes_test_persistence";

  /** Points the data source at this suite's database. */
  final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
              "spring.datasource.url=" + MariaDbServer.freshJdbcUrl(DATABASE),
              "spring.datasource.username=" + MariaDbServer.USERNAME,
              "spring.datasource.password=" + MariaDbServer.PASSWORD)
          .applyTo(context);
    }
  }
}
