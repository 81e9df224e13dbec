package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a port wrapped by the translation lets through, and what it turns into StorageUnavailable.
 */
class StorageUnavailableTranslationTest {

  private static UnitOfWork failingWith(RuntimeException failure) {
    UnitOfWork failing =
        new UnitOfWork() {
          @Override
          public <T> T inTransaction(Supplier<T> work) {
            throw failure;
          }
        };
    return StorageUnavailableTranslation.around(UnitOfWork.class, failing);
  }

  @Test
  void givenLockContentionThatOutlastedTheRetries_port_throwsStorageUnavailable() {
    UnitOfWork port = failingWith(new CannotAcquireLockException("Lock wait timeout exceeded"));

    assertThatThrownBy(() -> port.inTransaction(() -> "work"))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("too busy");
  }

  @Test
  void givenACollisionInsideATransaction_port_passesItOnForTheUnitOfWorkToRunAgain() {
    CannotAcquireLockException collision = new CannotAcquireLockException("Deadlock found");
    UnitOfWork port = failingWith(collision);
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> port.inTransaction(() -> "work")).isSameAs(collision);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
  }

  @Test
  void givenARuleRefusal_port_passesItUnchanged() {
    CategoryNameTaken refusal = new CategoryNameTaken(new CategoryName("tech"));
    UnitOfWork port = failingWith(refusal);

    assertThatThrownBy(() -> port.inTransaction(() -> "work")).isSameAs(refusal);
  }
}
