package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached", however they arrive wrapped. */
class DatabaseUnreachableTest {

  @Test
  void givenNoConnectionWrappedByMyBatis_explains_isTrue() {
    Exception wrapped =
        new MyBatisSystemException(
            "query failed",
            new PersistenceException(new CannotGetJdbcConnectionException("no connection")));

    assertThat(DatabaseUnreachable.explains(wrapped)).isTrue();
  }

  @Test
  void givenNoConnectionWrappedByMyBatis_noConnection_isTrue() {
    Exception wrapped =
        new MyBatisSystemException(
            "query failed",
            new PersistenceException(new CannotGetJdbcConnectionException("no connection")));

    assertThat(DatabaseUnreachable.noConnection(wrapped)).isTrue();
  }

  @Test
  void givenAStatementThatTimedOut_statementTimedOut_isTrue() {
    assertThat(DatabaseUnreachable.statementTimedOut(timedOut())).isTrue();
  }

  @Test
  void givenAStatementThatTimedOut_noConnection_isFalse() {
    assertThat(DatabaseUnreachable.noConnection(timedOut())).isFalse();
  }

  /** The database answered: it cut the statement off. Whoever asks must not call it an outage. */
  @Test
  void givenAStatementThatTimedOut_explains_isFalse() {
    assertThat(DatabaseUnreachable.explains(timedOut())).isFalse();
    assertThat(DatabaseUnreachable.explains(new QueryTimeoutException("statement timeout")))
        .isFalse();
  }

  private static Exception timedOut() {
    return new MyBatisSystemException("query failed", new SQLTimeoutException("statement timeout"));
  }

  /** Connector/J's socket timeout: the server stopped answering, which is an outage. */
  @Test
  void givenABrokenConnection_statementTimedOut_isFalse() {
    assertThat(DatabaseUnreachable.statementTimedOut(brokenConnection())).isFalse();
  }

  @Test
  void givenABrokenConnection_explains_isTrue() {
    assertThat(DatabaseUnreachable.explains(brokenConnection())).isTrue();
  }

  private static Exception brokenConnection() {
    return new MyBatisSystemException(
        "query failed", new SQLException("Communications link failure", "08S01"));
  }

  @Test
  void givenNoTransactionCouldBegin_explains_isTrue() {
    assertThat(DatabaseUnreachable.explains(new CannotCreateTransactionException("down"))).isTrue();
  }

  @Test
  void givenPoolTimeout_explains_isTrue() {
    assertThat(
            DatabaseUnreachable.explains(
                new IllegalStateException(new SQLTransientConnectionException("pool timed out"))))
        .isTrue();
  }

  @Test
  void givenPoolTimeoutWithNothingBehindIt_forAStatementOrAUnitOfWork_poolExhausted_isTrue() {
    SQLTransientConnectionException timedOut =
        new SQLTransientConnectionException("pool timed out");

    assertThat(
            DatabaseUnreachable.poolExhausted(
                new CannotGetJdbcConnectionException("get", timedOut)))
        .isTrue();
    assertThat(
            DatabaseUnreachable.poolExhausted(
                new CannotCreateTransactionException("begin", timedOut)))
        .isTrue();
  }

  @Test
  void givenPoolTimeoutAfterAFailureToConnect_poolExhausted_isFalse() {
    SQLTransientConnectionException timedOut =
        new SQLTransientConnectionException(
            "pool timed out", new SQLException("Connection refused", "08001"));

    assertThat(
            DatabaseUnreachable.poolExhausted(
                new CannotCreateTransactionException("begin", timedOut)))
        .isFalse();
    assertThat(
            DatabaseUnreachable.explains(new CannotCreateTransactionException("begin", timedOut)))
        .isTrue();
  }

  @Test
  void givenCommitFailedOnABrokenConnection_explains_isTrue() {
    SQLException linkFailure = new SQLException("Communications link failure", "08S01");

    assertThat(DatabaseUnreachable.explains(new TransactionSystemException("commit", linkFailure)))
        .isTrue();
  }

  @Test
  void givenDuplicateKey_explains_isFalse() {
    assertThat(DatabaseUnreachable.explains(new DuplicateKeyException("duplicate"))).isFalse();
  }

  @Test
  void givenLostLock_explains_isFalse() {
    assertThat(DatabaseUnreachable.explains(new CannotAcquireLockException("deadlock"))).isFalse();
  }

  @Test
  void givenBrokenRule_explains_isFalse() {
    assertThat(DatabaseUnreachable.explains(new CategoryNameTaken(new CategoryName("tech"))))
        .isFalse();
  }
}
