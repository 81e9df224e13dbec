package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseHealthIndicatorTest {

  @Test
  void givenADatabaseWithNotesTables_healthIsUp() {
    SimpleDriverDataSource h2 = h2("notes_health_up");
    new JdbcTemplate(h2).execute("CREATE TABLE category (id BIGINT PRIMARY KEY)");
    new JdbcTemplate(h2).execute("CREATE TABLE note (id BIGINT PRIMARY KEY)");

    assertThat(new DatabaseHealthIndicator(h2).health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void givenADatabaseThatLostItsTables_healthIsDown_andOneLineSaysWhy(CapturedOutput output) {
    var health = new DatabaseHealthIndicator(h2("notes_health_dropped")).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(theOneLineLogged(output))
        .contains("database health check failed: Table \"CATEGORY\" not found");
  }

  private static SimpleDriverDataSource h2(String name) {
    return new SimpleDriverDataSource(
        new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void givenNoConnection_healthIsDown_andOneLineSaysWhy(CapturedOutput output) {
    SQLException timedOut =
        new SQLTransientConnectionException(
            "notes - Connection is not available, request timed out after 2500ms.",
            "08001",
            new ConnectException("Connection refused"));

    var health = new DatabaseHealthIndicator(unreachable(timedOut)).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(theOneLineLogged(output))
        .endsWith("database health check failed: Connection refused");
  }

  /** A failed check logs one line, never a stack trace. */
  private static String theOneLineLogged(CapturedOutput output) {
    assertThat(output.getOut().strip().lines()).hasSize(1);
    return output.getOut().strip();
  }

  private static AbstractDataSource unreachable(SQLException failure) {
    return new AbstractDataSource() {
      @Override
      public java.sql.Connection getConnection() throws SQLException {
        throw failure;
      }

      @Override
      public java.sql.Connection getConnection(String username, String password)
          throws SQLException {
        throw failure;
      }
    };
  }
}
