package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteRepository;
import java.lang.reflect.Proxy;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a port wrapped by the guard runs again, what it turns into StorageUnavailable and what it
 * lets through; a unit of work on a transaction manager that only counts, no database needed.
 */
class StorageGuardTest {

  private final PretendTransactions transactions = new PretendTransactions();
  private final UnitOfWork unitOfWork =
      StorageGuard.around(UnitOfWork.class, new SpringUnitOfWork(transactions));
  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void givenWorkThatCollidesTwice_inTransaction_runsItAgainInFreshTransactionsUntilItSucceeds() {
    String result =
        unitOfWork.inTransaction(
            () -> {
              if (runs.incrementAndGet() < StorageGuard.ATTEMPTS) {
                throw new CannotAcquireLockException("deadlock victim");
              }
              return "stored";
            });

    assertThat(result).isEqualTo("stored");
    assertThat(transactions.rollbacks).hasValue(StorageGuard.ATTEMPTS - 1);
    assertThat(transactions.commits).hasValue(1);
  }

  @Test
  void givenWorkThatAlwaysCollides_inTransaction_givesUpAfterTheLastAttemptAsStorageUnavailable() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw new CannotAcquireLockException("deadlock victim");
                    }))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("too busy");

    assertThat(runs).hasValue(StorageGuard.ATTEMPTS);
  }

  @Test
  void givenWorkThatBreaksARule_inTransaction_rollsBackOnceAndPassesTheRefusalUnchanged() {
    CategoryNameTaken refusal = new CategoryNameTaken(new CategoryName("tech"));

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw refusal;
                    }))
        .isSameAs(refusal);

    assertThat(runs).hasValue(1);
    assertThat(transactions.rollbacks).hasValue(1);
  }

  @Test
  void givenAnOutage_inTransaction_answersStorageUnavailableWithoutRunningItAgain() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw new DataAccessResourceFailureException("Communications link failure");
                    }))
        .isInstanceOf(StorageUnavailable.class);

    assertThat(runs).hasValue(1);
  }

  /**
   * What a unit of work sees when its node dies: the rollback fails too, on a closed connection.
   */
  @Test
  void givenAnOutageWhoseRollbackFailsToo_inTransaction_answersStorageUnavailable() {
    transactions.rollbackFails = true;

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      throw new RecoverableDataAccessException("Communications link failure");
                    }))
        .isInstanceOf(StorageUnavailable.class);
  }

  @Test
  void givenAnOuterTransaction_inTransaction_passesTheCollisionOnForItsOwnerToRunAgain() {
    TransactionTemplate outer = new TransactionTemplate(transactions);

    assertThatThrownBy(
            () ->
                outer.executeWithoutResult(
                    status ->
                        unitOfWork.inTransaction(
                            () -> {
                              runs.incrementAndGet();
                              throw new CannotAcquireLockException("deadlock victim");
                            })))
        .isInstanceOf(CannotAcquireLockException.class);

    assertThat(runs).hasValue(1);
  }

  /** A statement cancelled for its time: the database answered, and says it was too slow. */
  @Test
  void givenAStatementThatRanPastItsTimeout_repository_answersStorageUnavailableSayingSo() {
    NoteRepository notes =
        StorageGuard.around(
            NoteRepository.class,
            pretendNotes(
                () -> {
                  runs.incrementAndGet();
                  throw new QueryTimeoutException("Statement cancelled due to timeout");
                }));

    assertThatThrownBy(() -> notes.remove(new NoteId(7)))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("did not finish this within the time allowed");
    assertThat(runs).hasValue(1);
  }

  /**
   * Every pooled connection in use: the database answers, so the detail must not say it is gone.
   */
  @Test
  void
      givenThePoolTimingOutWithEveryConnectionInUse_repository_answersStorageUnavailableSayingSo() {
    NoteRepository notes =
        StorageGuard.around(
            NoteRepository.class,
            pretendNotes(
                () -> {
                  runs.incrementAndGet();
                  throw poolTimeout(null);
                }));

    assertThatThrownBy(() -> notes.remove(new NoteId(7)))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("every connection to the database is in use");
    assertThat(runs).hasValue(1);
  }

  /** The pool's timeout while the database refuses connections carries that refusal: an outage. */
  @Test
  void givenThePoolTimingOutAfterFailingToConnect_repository_answersTheDatabaseCannotBeReached() {
    NoteRepository notes =
        StorageGuard.around(
            NoteRepository.class,
            pretendNotes(
                () -> {
                  throw poolTimeout(
                      new SQLNonTransientConnectionException("Connection refused", "08001"));
                }));

    assertThatThrownBy(() -> notes.remove(new NoteId(7)))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("cannot be reached");
  }

  /**
   * HikariCP's timeout as Spring passes it on; its cause is the last failure to connect, if any.
   */
  private static CannotGetJdbcConnectionException poolTimeout(@Nullable Throwable lastFailure) {
    return new CannotGetJdbcConnectionException(
        "Failed to obtain JDBC Connection",
        new SQLTransientConnectionException(
            "notes - Connection is not available, request timed out after 2500ms"
                + " (total=32, active=32, idle=0, waiting=9)",
            lastFailure));
  }

  /** A single statement outside any transaction, e.g. a delete a Galera node certified too late. */
  @Test
  void givenASingleStatementThatCollidesOnce_repository_runsItAgain() {
    NoteRepository notes =
        StorageGuard.around(
            NoteRepository.class,
            pretendNotes(
                () -> {
                  if (runs.incrementAndGet() == 1) {
                    throw new CannotAcquireLockException("certification failed");
                  }
                  return true;
                }));

    assertThat(notes.remove(new NoteId(7))).isTrue();
    assertThat(runs).hasValue(2);
  }

  /** A NoteRepository whose remove runs {@code remove}; its other methods are never called. */
  private static NoteRepository pretendNotes(java.util.function.Supplier<Boolean> remove) {
    return (NoteRepository)
        Proxy.newProxyInstance(
            StorageGuardTest.class.getClassLoader(),
            new Class<?>[] {NoteRepository.class},
            (proxy, method, args) -> {
              if (method.getName().equals("remove")) {
                return remove.get();
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** A transaction manager that only counts; Spring still tracks which transaction is active. */
  private static final class PretendTransactions extends AbstractPlatformTransactionManager {

    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    private boolean rollbackFails;

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      commits.incrementAndGet();
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
      rollbacks.incrementAndGet();
      if (rollbackFails) {
        throw new TransactionSystemException(
            "JDBC rollback failed", new java.sql.SQLException("Connection is closed"));
      }
    }
  }
}
