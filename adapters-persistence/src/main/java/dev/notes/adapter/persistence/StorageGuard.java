package dev.notes.adapter.persistence;

import dev.notes.application.port.out.StorageUnavailable;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that decides what a caller of this adapter sees when the database is busy or gone:
 * every port the adapter offers (the repositories and the unit of work) is wrapped in it.
 *
 * <p>A call that collided with concurrent work ({@link ConcurrencyFailureException} and its
 * subtypes: a deadlock victim, a lock it could not get, a Galera certification conflict, a row a
 * repository found created meanwhile) did nothing: the database undid it. Made from outside any
 * transaction, it runs again from the start, a few times at most, after a short random pause so
 * that the calls that collided do not collide again in step: a unit of work in a fresh transaction,
 * which sees what the other one committed; a single statement on its own. Inside a transaction a
 * collision passes on untouched: it undid the whole transaction, so only the unit of work that owns
 * it can run again.
 *
 * <p>A collision that outlasted the attempts, and a failure to reach the database, become {@link
 * StorageUnavailable}: for the caller both mean "nothing happened, try again later". An outage is
 * not retried (it would only make the caller wait longer for the same answer). Every other failure
 * passes unchanged, and callers never see a JDBC, MyBatis or Spring exception for these.
 */
final class StorageGuard implements MethodInterceptor {

  static final int ATTEMPTS = 3;
  private static final int MAX_PAUSE_MILLIS_PER_ATTEMPT = 25;

  private static final Log LOG = LogFactory.getLog(StorageGuard.class);

  private StorageGuard() {}

  static <T> T around(Class<T> port, T target) {
    ProxyFactory proxy = new ProxyFactory(target);
    proxy.setInterfaces(port);
    proxy.addAdvice(new StorageGuard());
    return port.cast(proxy.getProxy(StorageGuard.class.getClassLoader()));
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return translated(invocation); // a collision goes on to the unit of work that owns it
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return translated(((ProxyMethodInvocation) invocation).invocableClone());
      } catch (ConcurrencyFailureException collided) {
        if (attempt == ATTEMPTS) {
          throw StorageUnavailable.busy(collided);
        }
        LOG.info(
            "collided with concurrent work, running it again (attempt "
                + (attempt + 1)
                + " of "
                + ATTEMPTS
                + "): "
                + collided.getMessage());
        pauseBefore(attempt + 1, collided);
      }
    }
  }

  /** The call, with an outage turned into StorageUnavailable; collisions pass. */
  private static Object translated(MethodInvocation invocation) throws Throwable {
    try {
      return invocation.proceed();
    } catch (StorageUnavailable | ConcurrencyFailureException passOn) {
      throw passOn;
    } catch (RuntimeException failure) {
      if (DatabaseUnreachable.statementTimedOut(failure)) {
        throw StorageUnavailable.tooSlow(failure);
      }
      if (DatabaseUnreachable.poolExhausted(failure)) {
        throw StorageUnavailable.saturated(failure);
      }
      if (DatabaseUnreachable.explains(failure)) {
        throw new StorageUnavailable(failure);
      }
      throw failure;
    }
  }

  private static void pauseBefore(int attempt, ConcurrencyFailureException collided) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, attempt * MAX_PAUSE_MILLIS_PER_ATTEMPT));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw StorageUnavailable.busy(collided);
    }
  }
}
