package dev.notes.adapter.persistence;

import dev.notes.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit of work is one database transaction: the repositories' statements join it, and it commits
 * or rolls back as one. It joins an outer transaction when there is one. Running it again after a
 * collision with concurrent work is {@link StorageGuard}'s job, which wraps it.
 */
final class SpringUnitOfWork implements UnitOfWork {

  private final TransactionTemplate transactions;

  SpringUnitOfWork(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }
}
