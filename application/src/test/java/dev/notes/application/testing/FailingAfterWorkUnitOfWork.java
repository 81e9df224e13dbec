package dev.notes.application.testing;

import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link UnitOfWork} whose commit fails after the work has run to its end: whatever the work
 * stored must then be gone. It keeps the store as the work left it, so that a test can show the
 * work did store something before the rollback (otherwise "nothing stored" would prove nothing).
 */
public final class FailingAfterWorkUnitOfWork implements UnitOfWork {

  private final InMemoryDatabase db;
  private final InMemoryUnitOfWork transactions;
  private InMemoryDatabase.Snapshot leftByWork;

  public FailingAfterWorkUnitOfWork(InMemoryDatabase db) {
    this.db = db;
    this.transactions = new InMemoryUnitOfWork(db);
  }

  /**
   * @throws SimulatedFailure always, once the work has returned
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.inTransaction(
        () -> {
          T unused = work.get(); // the work's result is never handed out: the commit fails
          leftByWork = db.snapshot();
          throw new SimulatedFailure("the commit failed after the work ran");
        });
  }

  /** The store as the last work left it, just before the rollback; empty when no work ended. */
  public Optional<InMemoryDatabase.Snapshot> storeLeftByWork() {
    return Optional.ofNullable(leftByWork);
  }
}
