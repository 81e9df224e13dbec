package dev.notes.adapter.persistence;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/** Counts the JDBC statements MyBatis prepares, so that a test can prove there is no N+1. */
@Intercepts(
    @Signature(
        type = StatementHandler.class,
        method = "prepare",
        args = {Connection.class, Integer.class}))
class StatementCounter implements Interceptor {

  private final AtomicInteger prepared = new AtomicInteger();

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    prepared.incrementAndGet();
    return invocation.proceed();
  }

  /** The statements prepared while {@code action} ran. */
  int countDuring(Runnable action) {
    int before = prepared.get();
    action.run();
    return prepared.get() - before;
  }
}
