package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What the budget of text searches lets run, when, and what it refuses, on a pretend clock: a
 * search "takes" time by moving the clock, and waiting for a turn moves it too. No real time.
 */
class SearchBudgetTest {

  private static final Duration SEARCH = Duration.ofMillis(30);

  /** Most searches here read all they may (a short page): all of their time counts. */
  private static final Predicate<String> READ_ALL_IT_MAY = result -> true;

  /** For tests of the budget alone: more turns to run than searches ever run at once. */
  private static final int MANY_AT_ONCE = 1_000;

  private final PretendClock clock = new PretendClock();
  private final AtomicInteger runs = new AtomicInteger();

  /** For tests of other things: searches may take all of every second, so none ever waits. */
  static SearchBudget roomForEverySearch() {
    return new SearchBudget(Duration.ofSeconds(1), Duration.ofSeconds(5), MANY_AT_ONCE);
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void givenAnIdleService_aSearchRunsAtOnce() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(300), Duration.ZERO, MANY_AT_ONCE, clock);

    assertThat(budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY)).isEqualTo("found");

    assertThat(clock.waited).isZero();
    assertThat(runs).hasValue(1);
  }

  @Test
  void givenSearchesAsFastAsTheyAreAnswered_togetherTheyCountAtMostTheirTimePerSecond() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(250), Duration.ofSeconds(3), MANY_AT_ONCE, clock);
    long start = clock.now;

    for (int i = 0; i < 100; i++) {
      budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY);
    }

    assertThat(clock.now - start)
        .as("all but the last search at 250 ms per second, less what may start at once, then it")
        .isGreaterThanOrEqualTo(
            99 * SEARCH.toNanos() * 4 - SearchBudget.BURST.toNanos() + SEARCH.toNanos());
  }

  @Test
  void givenSearchesThatFillTheirPage_noneEverWaits_howeverMany() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(300), Duration.ZERO, MANY_AT_ONCE, clock);

    for (int i = 0; i < 10_000; i++) {
      budget.spend(() -> search(SEARCH), filledItsPage -> false);
    }

    assertThat(clock.waited).isZero();
    assertThat(runs).hasValue(10_000);
  }

  @Test
  void givenAFewSearchesAfterAQuietSpell_noneWaits() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(300), Duration.ZERO, MANY_AT_ONCE, clock);

    for (int i = 0; i < 2; i++) {
      budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY);
    }
    clock.now += Duration.ofSeconds(10).toNanos();
    budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY);

    assertThat(clock.waited).isZero();
    assertThat(runs).hasValue(3);
  }

  @Test
  void givenATurnFurtherOffThanTheLongestWait_theSearchDoesNotRun_andAfterThatWaitIsRefused() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), Duration.ofSeconds(1), MANY_AT_ONCE, clock);
    budget.spend(() -> search(Duration.ofMillis(500)), READ_ALL_IT_MAY); // spends the next 5 s

    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("text searches")
        .hasMessageContaining("try again later");
    assertThat(runs).hasValue(1);
    assertThat(clock.waited)
        .as("not at once: a client that asks again at once must not loop as fast as refusals")
        .isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void givenTheWaitingRoomFull_oneMoreSearchIsRefusedAtOnce() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), Duration.ofSeconds(60), MANY_AT_ONCE, clock);
    budget.spend(() -> search(Duration.ofMillis(500)), READ_ALL_IT_MAY); // spends the next 5 s
    AtomicInteger refusedAtOnce = new AtomicInteger();
    clock.whileSleeping =
        () -> { // each waiting search sees one more arrive, until the room is full
          if (clock.sleeping == SearchTurns.MAX_WAITING) {
            assertThatThrownBy(() -> budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY))
                .isInstanceOf(StorageUnavailable.class);
            refusedAtOnce.incrementAndGet();
          } else {
            budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY);
          }
        };

    budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY);

    assertThat(refusedAtOnce).hasValue(1);
    assertThat(runs).hasValue(1 + SearchTurns.MAX_WAITING);
  }

  @Test
  void givenEveryTurnToRunTaken_anotherSearchRunsOnlyOnceOneEnds_whateverTheBudget()
      throws Exception {
    SearchBudget budget =
        new SearchBudget(
            Duration.ofSeconds(1), Duration.ofSeconds(10), 1, SearchBudget.Ticker.SYSTEM);
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    AtomicBoolean firstEnded = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = holdingATurn(budget, threads, firstMayEnd, firstEnded);
      Future<Boolean> second = threads.submit(() -> budget.spend(firstEnded::get, found -> true));

      Thread.sleep(200); // long enough for the second search to start if it were let in
      assertThat(second).as("waiting for a turn, not running").isNotDone();
      firstMayEnd.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(second.get(10, TimeUnit.SECONDS)).as("ran after the first ended").isTrue();
    } finally {
      firstMayEnd.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void givenEveryTurnToRunTakenPastTheLongestWait_anotherSearchDoesNotRun_andIsRefused()
      throws Exception {
    SearchBudget budget =
        new SearchBudget(
            Duration.ofSeconds(1), Duration.ofMillis(100), 1, SearchBudget.Ticker.SYSTEM);
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      holdingATurn(budget, threads, firstMayEnd, new AtomicBoolean());

      assertThatThrownBy(() -> budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY))
          .isInstanceOf(StorageUnavailable.class)
          .hasMessageContaining("text searches");
      assertThat(runs).as("the refused search never ran").hasValue(0);
    } finally {
      firstMayEnd.countDown();
      threads.shutdownNow();
    }
  }

  /** A search on another thread that, once running, holds its turn until {@code mayEnd} opens. */
  private static Future<String> holdingATurn(
      SearchBudget budget, ExecutorService threads, CountDownLatch mayEnd, AtomicBoolean ended)
      throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    Future<String> search =
        threads.submit(
            () ->
                budget.spend(
                    () -> {
                      running.countDown();
                      await(mayEnd);
                      ended.set(true);
                      return "first";
                    },
                    READ_ALL_IT_MAY));
    assertThat(running.await(10, TimeUnit.SECONDS)).as("the first search runs").isTrue();
    return search;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  @Test
  void givenARefusedSearch_itSpendsNothing_soTheNextOneRunsWhenItWouldHaveAnyway() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), Duration.ofSeconds(1), MANY_AT_ONCE, clock);
    long start = clock.now;
    budget.spend(() -> search(Duration.ofMillis(500)), READ_ALL_IT_MAY);
    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY))
        .isInstanceOf(StorageUnavailable.class);

    clock.now = start + Duration.ofSeconds(4).toNanos();
    clock.waited = 0;
    budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY);

    assertThat(clock.waited)
        .as("the 5 s that the first search spent, less the burst, less the 4 s gone by")
        .isEqualTo(Duration.ofSeconds(5).minus(SearchBudget.BURST).minusSeconds(4).toNanos());
  }

  @Test
  void givenAWaitThatIsInterrupted_theSearchDoesNotRun_andIsStorageUnavailable() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), Duration.ofSeconds(10), MANY_AT_ONCE, clock);
    budget.spend(() -> search(Duration.ofMillis(500)), READ_ALL_IT_MAY);
    clock.interruptNextSleep = true;

    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY))
        .isInstanceOf(StorageUnavailable.class);
    assertThat(runs).hasValue(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void givenASearchThatFails_itsTimeIsSpentAll_theSame() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), Duration.ofSeconds(1), MANY_AT_ONCE, clock);

    assertThatThrownBy(
            () ->
                budget.spend(
                    () -> {
                      search(Duration.ofMillis(500));
                      throw new IllegalStateException("statement timed out");
                    },
                    filledItsPage -> false))
        .isInstanceOf(IllegalStateException.class);

    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY))
        .isInstanceOf(StorageUnavailable.class);
  }

  /** The database is down: waiting for a connection took the pool's timeout, and no database. */
  @Test
  void givenASearchThatGotNoConnection_itCountsNothing_soTheNextOneRunsAtOnce() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), Duration.ofSeconds(1), MANY_AT_ONCE, clock);

    assertThatThrownBy(
            () ->
                budget.spend(
                    () -> {
                      clock.now += Duration.ofMillis(2500).toNanos();
                      throw new MyBatisSystemException(
                          "query failed",
                          new PersistenceException(
                              new CannotGetJdbcConnectionException("Failed to obtain JDBC")));
                    },
                    READ_ALL_IT_MAY))
        .isInstanceOf(MyBatisSystemException.class);

    assertThat(budget.spend(() -> search(SEARCH), READ_ALL_IT_MAY)).isEqualTo("found");
    assertThat(clock.waited).isZero();
  }

  private String search(Duration takes) {
    runs.incrementAndGet();
    clock.now += takes.toNanos();
    return "found";
  }

  private static final class PretendClock implements SearchBudget.Ticker {
    long now = 1_000_000_000L;
    long waited;
    boolean interruptNextSleep;
    int sleeping;
    Runnable whileSleeping = () -> {};

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
      if (interruptNextSleep) {
        throw new InterruptedException();
      }
      sleeping++;
      try {
        whileSleeping.run();
      } finally {
        sleeping--;
      }
      waited += nanos;
      now += nanos;
    }
  }
}
