package dev.notes.adapter.persistence;

import dev.notes.application.port.out.UnitOfWork;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit of work is one database transaction. When it collides with a concurrent one ({@link
 * ConcurrencyFailureException} and its subtypes: a deadlock victim, a lock it could not get, a
 * Galera certification conflict at commit, a row a repository found created meanwhile), the
 * database has undone it, so it runs again from the start in a fresh transaction, which sees what
 * the other one committed. A few times at most, after a short random pause so that the transactions
 * that collided do not collide again in step. An outage is not retried: it would only make the
 * caller wait longer for the same answer.
 */
final class SpringUnitOfWork implements UnitOfWork {

  static final int ATTEMPTS = 3;
  private static final int MAX_PAUSE_MILLIS_PER_ATTEMPT = 25;

  private static final Log LOG = LogFactory.getLog(SpringUnitOfWork.class);

  private final TransactionTemplate transactions;

  SpringUnitOfWork(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // Joining an outer transaction: a deadlock undid that one too, so only its owner may retry.
      return transactions.execute(status -> work.get());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> work.get());
      } catch (ConcurrencyFailureException lockLost) {
        if (attempt == ATTEMPTS) {
          throw lockLost;
        }
        LOG.info(
            "unit of work collided with another, running it again (attempt "
                + (attempt + 1)
                + " of "
                + ATTEMPTS
                + "): "
                + lockLost.getMessage());
        pauseBefore(attempt + 1, lockLost);
      }
    }
  }

  private static void pauseBefore(int attempt, ConcurrencyFailureException lockLost) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, attempt * MAX_PAUSE_MILLIS_PER_ATTEMPT));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw lockLost;
    }
  }
}
