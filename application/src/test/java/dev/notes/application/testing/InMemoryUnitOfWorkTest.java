package dev.notes.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/** The fake carries the rollback proofs of the service tests, so it is checked on its own too. */
class InMemoryUnitOfWorkTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);

  @Test
  void givenWorkThatReturns_inTransaction_keepsWhatItStoredAndReturnsItsResult() {
    String result = unitOfWork.inTransaction(() -> StoredData.category(db, "tech").name().value());

    assertThat(result).isEqualTo("tech");
    assertThat(db.categoryCount()).isEqualTo(1);
    assertThat(unitOfWork.rollbacks()).isZero();
  }

  @Test
  void givenWorkThatThrows_inTransaction_undoesWhatItStoredAndRethrowsTheSameFailure() {
    SimulatedFailure failure = new SimulatedFailure("the second statement failed");

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      StoredData.category(db, "tech");
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(db.categoryCount()).isZero();
    assertThat(unitOfWork.rollbacks()).isEqualTo(1);
  }

  @Test
  void givenEarlierCommittedWork_failingWork_undoesOnlyItsOwnChanges() {
    unitOfWork.inTransaction(() -> StoredData.category(db, "kept"));

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      StoredData.category(db, "undone");
                      throw new SimulatedFailure("failed");
                    }))
        .isInstanceOf(SimulatedFailure.class);
    assertThat(db.categoryCount()).isEqualTo(1);
    assertThat(unitOfWork.unitsOfWork()).isEqualTo(2);
  }

  @Test
  void givenFailingAfterWork_inTransaction_ranTheWorkThenUndidIt() {
    FailingAfterWorkUnitOfWork failingCommit = new FailingAfterWorkUnitOfWork(db);

    assertThatThrownBy(() -> failingCommit.inTransaction(() -> StoredData.category(db, "tech")))
        .isInstanceOf(SimulatedFailure.class);
    assertThat(failingCommit.storeLeftByWork().orElseThrow().categories()).hasSize(1);
    assertThat(db.categoryCount()).isZero();
  }
}
