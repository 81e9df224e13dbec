package dev.notes.adapter.persistence;

import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The adapter in a context of its own, on Spring Boot's data source and MyBatis, as the service
 * starts it: for tests of its settings and of what it does when the database is not there.
 */
final class AdapterContext {

  private AdapterContext() {}

  static ApplicationContextRunner on(String jdbcUrl) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                MybatisAutoConfiguration.class))
        .withUserConfiguration(PersistenceConfiguration.class)
        .withPropertyValues("spring.datasource.url=" + jdbcUrl);
  }
}
