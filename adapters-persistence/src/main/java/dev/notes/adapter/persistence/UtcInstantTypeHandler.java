package dev.notes.adapter.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Keeps every {@link Instant} in a {@code DATETIME(3)} column as UTC wall-clock time with
 * milliseconds, whatever the JVM's time zone.
 *
 * <p>It binds text, not a {@code Timestamp}: mysql-connector-j takes MariaDB for MySQL 5.5 and
 * drops the milliseconds of a {@code Timestamp} or {@code LocalDateTime} parameter, but keeps those
 * of a string. It reads a {@code LocalDateTime}, which both drivers hand over as stored, without
 * converting it to the JVM's zone.
 */
final class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

  private static final DateTimeFormatter DATETIME_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

  @Override
  public void setNonNullParameter(
      PreparedStatement statement, int index, Instant instant, JdbcType jdbcType)
      throws SQLException {
    statement.setString(index, DATETIME_MILLIS.format(instant.atOffset(ZoneOffset.UTC)));
  }

  @Override
  public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
    return toInstant(rs.getObject(columnName, LocalDateTime.class));
  }

  @Override
  public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
    return toInstant(rs.getObject(columnIndex, LocalDateTime.class));
  }

  @Override
  public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
    return toInstant(cs.getObject(columnIndex, LocalDateTime.class));
  }

  private static Instant toInstant(LocalDateTime utcWallClock) {
    return utcWallClock == null ? null : utcWallClock.toInstant(ZoneOffset.UTC);
  }
}
