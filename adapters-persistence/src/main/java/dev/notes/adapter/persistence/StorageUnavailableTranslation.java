package dev.notes.adapter.persistence;

import dev.notes.application.port.out.StorageUnavailable;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where a database outage becomes {@link StorageUnavailable}: every port this adapter
 * offers (the repositories and the unit of work) is wrapped in it, so that callers never see a
 * JDBC, MyBatis or Spring exception for an outage, and no method repeats the translation. A
 * collision with concurrent work that outlasted the unit of work's retries (or hit a single
 * statement, which is not retried) is the same answer for the caller: nothing happened, try again.
 * Every other failure passes unchanged.
 */
final class StorageUnavailableTranslation implements MethodInterceptor {

  private StorageUnavailableTranslation() {}

  static <T> T around(Class<T> port, T target) {
    ProxyFactory proxy = new ProxyFactory(target);
    proxy.setInterfaces(port);
    proxy.addAdvice(new StorageUnavailableTranslation());
    return port.cast(proxy.getProxy(StorageUnavailableTranslation.class.getClassLoader()));
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    try {
      return invocation.proceed();
    } catch (StorageUnavailable alreadyTranslated) {
      throw alreadyTranslated;
    } catch (ConcurrencyFailureException contended) {
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        throw contended; // the unit of work runs again; its own translation has the last word
      }
      throw StorageUnavailable.busy(contended);
    } catch (RuntimeException failure) {
      if (DatabaseUnreachable.explains(failure)) {
        throw new StorageUnavailable(failure);
      }
      throw failure;
    }
  }
}
