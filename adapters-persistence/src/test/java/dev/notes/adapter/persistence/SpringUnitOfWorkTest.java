package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** When the unit of work runs its work again, and when it does not; no database needed. */
class SpringUnitOfWorkTest {

  private final PretendTransactions transactions = new PretendTransactions();
  private final SpringUnitOfWork unitOfWork = new SpringUnitOfWork(transactions);
  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void givenWorkThatLosesALockTwice_inTransaction_runsItAgainInFreshTransactionsUntilItSucceeds() {
    String result =
        unitOfWork.inTransaction(
            () -> {
              if (runs.incrementAndGet() < SpringUnitOfWork.ATTEMPTS) {
                throw new CannotAcquireLockException("deadlock victim");
              }
              return "stored";
            });

    assertThat(result).isEqualTo("stored");
    assertThat(transactions.rollbacks).hasValue(SpringUnitOfWork.ATTEMPTS - 1);
    assertThat(transactions.commits).hasValue(1);
  }

  @Test
  void givenWorkThatAlwaysLosesALock_inTransaction_givesUpAfterTheLastAttempt() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw new CannotAcquireLockException("deadlock victim");
                    }))
        .isInstanceOf(CannotAcquireLockException.class);

    assertThat(runs).hasValue(SpringUnitOfWork.ATTEMPTS);
  }

  @Test
  void givenWorkThatBreaksARule_inTransaction_rollsBackOnceWithoutRunningItAgain() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw new CategoryNameTaken(new CategoryName("tech"));
                    }))
        .isInstanceOf(CategoryNameTaken.class);

    assertThat(runs).hasValue(1);
    assertThat(transactions.rollbacks).hasValue(1);
  }

  @Test
  void givenAnOuterTransaction_inTransaction_leavesRunningAgainToItsOwner() {
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

  /** A transaction manager that only counts; Spring still tracks which transaction is active. */
  private static final class PretendTransactions extends AbstractPlatformTransactionManager {

    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();

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
    }
  }
}
