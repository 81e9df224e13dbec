package dev.notes.domain.fixture_violation;

import java.sql.Connection;
import java.sql.SQLException;

/** Wrong on purpose (rule 1): a domain class that holds a database connection. */
public final class DomainUsingJdbc {

  public Connection connection;

  public boolean isOpen() throws SQLException {
    return !connection.isClosed();
  }
}
