package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
    AtomicReference<String> answered = new AtomicReference<>();

    Thread waiting =
        new Thread(
            () ->
                answered.set(
                    gate.read(
                        () -> {
                          read.set(true);
                          return "page";
                        })));
    waiting.start();
    awaitWaiting(waiting);
    assertThat(read).as("read while the only turn was taken").isFalse();
    leave.countDown();
    waiting.join(10_000);

    assertThat(answered).hasValue("page");
  }

  /**
   * First come, first served: the list that has waited is read before one asked for later, even
   * when that one is asked at the very moment the turn is given back (here by the same thread that
   * gives it back, which an unfair gate would let take it again at once).
   */
  @Test
  void givenAListWaiting_aListAskedForLater_isReadAfterIt() throws Exception {
    ListGate gate = new ListGate(1, Duration.ofSeconds(30));
    List<String> readOrder = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture<Boolean> holder =
        CompletableFuture.supplyAsync(
            () -> {
              gate.read(
                  () -> {
                    inside.countDown();
                    awaitQuietly(leave);
                    return readOrder.add("held");
                  });
              return gate.read(() -> readOrder.add("asked for later"));
            },
            A_THREAD_EACH);
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    Thread waiting = new Thread(() -> gate.read(() -> readOrder.add("waiting")));
    waiting.start();
    awaitWaiting(waiting);

    leave.countDown();
    holder.get(10, TimeUnit.SECONDS);
    waiting.join(10_000);

    assertThat(readOrder).containsExactly("held", "waiting", "asked for later");
  }

  private static void awaitWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(thread.getState()).as("waiting for its turn").isEqualTo(Thread.State.TIMED_WAITING);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
