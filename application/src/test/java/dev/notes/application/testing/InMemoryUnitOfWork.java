package dev.notes.application.testing;

import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The in-memory {@link UnitOfWork}: a snapshot of the store before the work, restored when the work
 * throws, so that a rollback in a service test is as real as the database's. It counts the units of
 * work, which tells whether a service wrapped its statements in one.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final InMemoryDatabase db;
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger rolledBack = new AtomicInteger();

  public InMemoryUnitOfWork(InMemoryDatabase db) {
    this.db = db;
  }

  /**
   * Holds the store's lock for the whole work (the repositories lock the same object), so units of
   * work run one at a time: a restore can then never wipe out another thread's committed work.
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    started.incrementAndGet();
    synchronized (db) {
      InMemoryDatabase.Snapshot before = db.snapshot();
      try {
        return work.get();
      } catch (RuntimeException | Error failure) {
        db.restore(before);
        rolledBack.incrementAndGet();
        throw failure;
      }
    }
  }

  /** How many units of work were started, committed or not. */
  public int unitsOfWork() {
    return started.get();
  }

  public int rollbacks() {
    return rolledBack.get();
  }
}
