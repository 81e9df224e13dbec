package dev.notes.application.fixture_violation;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Wrong on purpose (rule 2): a service that opens its own database connection. */
public final class ApplicationUsingJdbc {

  public DataSource dataSource;

  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }
}
