package dev.notes.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (no connection, a broken one, a socket that timed out) from
 * a statement the database cut off at its timeout, and both from every other failure. Looks through
 * the whole cause chain, because the same outage arrives wrapped differently: by MyBatis, by
 * Spring's translators, by the transaction manager.
 */
final class DatabaseUnreachable {

  /** SQLSTATE class 08 is "connection exception" in the SQL standard. */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private static final int MAX_DEPTH = 16;

  private DatabaseUnreachable() {}

  /** True when the failure came before any statement: no connection could be had. */
  static boolean noConnection(Throwable failure) {
    return anyCause(failure, CannotGetJdbcConnectionException.class::isInstance);
  }

  /**
   * True when the driver cancelled a statement that ran past its timeout: the database answered, so
   * this is no outage (a socket timeout, by contrast, is a connection exception of class 08).
   */
  static boolean statementTimedOut(Throwable failure) {
    return anyCause(
        failure,
        cause -> cause instanceof QueryTimeoutException || cause instanceof SQLTimeoutException);
  }

  /**
   * True when no connection could be had, for a statement or for a unit of work, because every one
   * was in use: the pool's timeout, with nothing behind it. When the database is down the pool's
   * timeout carries the last failure to connect as its cause, and that is an outage ({@link
   * #explains}).
   */
  static boolean poolExhausted(Throwable failure) {
    return (noConnection(failure)
            || anyCause(failure, CannotCreateTransactionException.class::isInstance))
        && anyCause(
            failure,
            cause -> cause instanceof SQLTransientConnectionException && cause.getCause() == null);
  }

  /** True when the database could not be reached; never for a statement that timed out. */
  static boolean explains(Throwable failure) {
    return anyCause(failure, DatabaseUnreachable::isUnreachable);
  }

  /** The failure or one of its causes, bounded: a cause chain may loop. */
  private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
    Throwable each = failure;
    for (int depth = 0; each != null && depth < MAX_DEPTH; depth++) {
      if (test.test(each)) {
        return true;
      }
      each = each.getCause();
    }
    return false;
  }

  /**
   * A rollback that failed ({@link TransactionSystemException}, "JDBC rollback failed") means the
   * connection is gone: when a node dies, the pool has already swapped the broken connection for a
   * closed one by then, whose refusal ("Connection is closed") carries no SQLSTATE. Nothing was
   * committed, and the failure it replaced, kept as its application exception, was the outage.
   */
  private static boolean isUnreachable(Throwable failure) {
    return failure instanceof TransactionSystemException
        || failure instanceof DataAccessResourceFailureException
        || failure instanceof TransientDataAccessResourceException
        || failure instanceof RecoverableDataAccessException
        || failure instanceof CannotCreateTransactionException
        || failure instanceof SQLTransientConnectionException
        || failure instanceof SQLNonTransientConnectionException
        || failure instanceof SQLRecoverableException
        || (failure instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS));
  }
}
