package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How many lists the gate lets be read at once, in what order the others follow, and when not. */
class ListGateTest {

  /**
   * A new thread for each task, never CompletableFuture's default pool: on two cores that is one
   * thread from JDK 25 on, and a task queued behind the holder of a turn would never start.
   */
  static final Executor A_THREAD_EACH = task -> new Thread(task).start();

  private final CountDownLatch leave = new CountDownLatch(1);

  /** For tests of other things: a gate so wide that no list ever waits. */
  static ListGate roomForEveryList() {
    return new ListGate(Integer.MAX_VALUE, Duration.ofSeconds(5));
  }

  @AfterEach
  void letTheHolderGo() {
    leave.countDown();
    Thread.interrupted();
  }

  @Test
  void givenAFreeTurn_theListIsReadAtOnce_andItsResultReturned() {
    ListGate gate = new ListGate(1, Duration.ZERO);

    assertThat(gate.read(() -> "page")).isEqualTo("page");
  }

  @Test
  void givenEveryTurnTaken_theNextListWaits_untilOneIsGivenBack() throws Exception {
    ListGate gate = new ListGate(1, Duration.ofSeconds(30));
    holdTheOnlyTurn(gate, leave);
    AtomicBoolean read = new AtomicBoolean();

    CompletableFuture<String> waiting =
        CompletableFuture.supplyAsync(
            () ->
                gate.read(
                    () -> {
                      read.set(true);
                      return "page";
                    }),
            A_THREAD_EACH);
    Thread.sleep(200);
    assertThat(read).as("read while the only turn was taken").isFalse();
    leave.countDown();

    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("page");
  }

  @Test
  void givenNoTurnWithinTheLongestWait_theListIsNotRead_andStorageIsUnavailable() throws Exception {
    ListGate gate = new ListGate(1, Duration.ofMillis(50));
    holdTheOnlyTurn(gate, leave);
    AtomicBoolean read = new AtomicBoolean();

    assertThatThrownBy(() -> gate.read(() -> read.getAndSet(true)))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessage("list reads take all of the database they may have right now; try again later");
    assertThat(read).isFalse();
  }

  @Test
  void givenAListThatFails_itsTurnIsGivenBack() {
    ListGate gate = new ListGate(1, Duration.ZERO);

    assertThatThrownBy(
            () ->
                gate.read(
                    () -> {
                      throw new IllegalStateException("the statement failed");
                    }))
        .hasMessage("the statement failed");

    assertThat(gate.read(() -> "page")).isEqualTo("page");
  }

  @Test
  void givenAnInterruptWhileWaiting_theListIsNotRead_andTheInterruptIsKept() throws Exception {
    ListGate gate = new ListGate(1, Duration.ofSeconds(30));
    holdTheOnlyTurn(gate, leave);
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> gate.read(() -> "page")).isInstanceOf(StorageUnavailable.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void givenNoTurnAtAllOrANegativeWait_thereIsNoGate() {
    assertThatThrownBy(() -> new ListGate(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListGate(1, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Another thread reads a list that lasts until {@code leave} lets it go. */
  static void holdTheOnlyTurn(ListGate gate, CountDownLatch leave) throws InterruptedException {
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture.runAsync(
        () ->
            gate.read(
                () -> {
                  inside.countDown();
                  try {
                    return leave.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                  }
                }),
        A_THREAD_EACH);
    assertThat(inside.await(10, TimeUnit.SECONDS)).as("the holder got its turn").isTrue();
  }
}
