package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PropertiesLoaderUtils;

class MySqlDriverDefaultsTest {

  /**
   * The driver cancels a statement past its timeout over a new connection, and the server then
   * answers the statement. A socket timeout that fires first closes the socket under it, and the
   * pool lends that broken connection to the next request.
   */
  @Test
  void givenAMySqlPool_theSocketTimeoutOutlastsTheStatementTimeoutAndItsCancel()
      throws IOException {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:mysql://127.0.0.1:3306/notes");

      new MySqlDriverDefaults().postProcessBeforeInitialization(pool, "dataSource");

      Properties driver = pool.getDataSourceProperties();
      Properties persistence =
          PropertiesLoaderUtils.loadAllProperties("notes-persistence.properties");
      long statementMillis =
          1000
              * Long.parseLong(
                  persistence.getProperty("mybatis.configuration.default-statement-timeout"));
      long cancelMillis = Long.parseLong(driver.getProperty("connectTimeout"));
      assertThat(Long.parseLong(driver.getProperty("socketTimeout")))
          .isGreaterThan(statementMillis + cancelMillis);
    }
  }

  @Test
  void givenAUrlThatSetsTheSocketTimeout_theUrlWins() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:mysql://127.0.0.1:3306/notes?socketTimeout=30000");

      new MySqlDriverDefaults().postProcessBeforeInitialization(pool, "dataSource");

      assertThat(pool.getDataSourceProperties()).doesNotContainKey("socketTimeout");
    }
  }
}
