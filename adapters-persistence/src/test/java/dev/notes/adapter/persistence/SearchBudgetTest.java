package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the budget of text searches lets run, when, and what it refuses, on a pretend clock: a
 * search "takes" time by moving the clock, and waiting for a turn moves it too. No real time.
 */
class SearchBudgetTest {

  private static final Duration SEARCH = Duration.ofMillis(30);
  private static final Duration FREE = Duration.ofMillis(5);

  private final PretendClock clock = new PretendClock();
  private final AtomicInteger runs = new AtomicInteger();

  /** For tests of other things: searches may take all of every second, so none ever waits. */
  static SearchBudget roomForEverySearch() {
    return new SearchBudget(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(5));
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void givenAnIdleService_aSearchRunsAtOnce() {
    SearchBudget budget = new SearchBudget(Duration.ofMillis(300), FREE, Duration.ZERO, clock);

    assertThat(budget.spend(() -> search(SEARCH))).isEqualTo("found");

    assertThat(clock.waited).isZero();
    assertThat(runs).hasValue(1);
  }

  @Test
  void givenSearchesAsFastAsTheyAreAnswered_togetherTheyCountAtMostTheirTimePerSecond() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(250), FREE, Duration.ofSeconds(3), clock);
    long start = clock.now;

    for (int i = 0; i < 100; i++) {
      budget.spend(() -> search(SEARCH));
    }

    long counted = SEARCH.minus(FREE).toNanos();
    assertThat(clock.now - start)
        .as("all but the last search at 250 ms per second, less what may start at once, then it")
        .isGreaterThanOrEqualTo(99 * counted * 4 - SearchBudget.BURST.toNanos() + SEARCH.toNanos());
  }

  @Test
  void givenSearchesWithinTheFreeTime_noneEverWaits_howeverMany() {
    SearchBudget budget = new SearchBudget(Duration.ofMillis(300), FREE, Duration.ZERO, clock);

    for (int i = 0; i < 10_000; i++) {
      budget.spend(() -> search(FREE));
    }

    assertThat(clock.waited).isZero();
    assertThat(runs).hasValue(10_000);
  }

  @Test
  void givenAFewSearchesAfterAQuietSpell_noneWaits() {
    SearchBudget budget = new SearchBudget(Duration.ofMillis(300), FREE, Duration.ZERO, clock);

    for (int i = 0; i < 2; i++) {
      budget.spend(() -> search(SEARCH));
    }
    clock.now += Duration.ofSeconds(10).toNanos();
    budget.spend(() -> search(SEARCH));

    assertThat(clock.waited).isZero();
    assertThat(runs).hasValue(3);
  }

  @Test
  void givenATurnFurtherOffThanTheLongestWait_theSearchDoesNotRun_andIsStorageUnavailable() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), FREE, Duration.ofSeconds(1), clock);
    budget.spend(() -> search(Duration.ofMillis(505))); // counts 500 ms: the next 5 s are spent

    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH)))
        .isInstanceOf(StorageUnavailable.class)
        .hasMessageContaining("text searches")
        .hasMessageContaining("try again later");
    assertThat(runs).hasValue(1);
    assertThat(clock.waited).isZero();
  }

  @Test
  void givenARefusedSearch_itSpendsNothing_soTheNextOneRunsWhenItWouldHaveAnyway() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), FREE, Duration.ofSeconds(1), clock);
    long start = clock.now;
    budget.spend(() -> search(Duration.ofMillis(505)));
    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH)))
        .isInstanceOf(StorageUnavailable.class);

    clock.now = start + Duration.ofSeconds(4).toNanos();
    budget.spend(() -> search(SEARCH));

    assertThat(clock.waited)
        .as("the 5 s that the first search's 500 ms spent, less the burst, less the 4 s gone by")
        .isEqualTo(Duration.ofSeconds(5).minus(SearchBudget.BURST).minusSeconds(4).toNanos());
  }

  @Test
  void givenAWaitThatIsInterrupted_theSearchDoesNotRun_andIsStorageUnavailable() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), FREE, Duration.ofSeconds(10), clock);
    budget.spend(() -> search(Duration.ofMillis(505)));
    clock.interruptNextSleep = true;

    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH)))
        .isInstanceOf(StorageUnavailable.class);
    assertThat(runs).hasValue(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void givenASearchThatFails_itsTimeIsSpentAll_theSame() {
    SearchBudget budget =
        new SearchBudget(Duration.ofMillis(100), FREE, Duration.ofSeconds(1), clock);

    assertThatThrownBy(
            () ->
                budget.spend(
                    () -> {
                      search(Duration.ofMillis(505));
                      throw new IllegalStateException("statement timed out");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThatThrownBy(() -> budget.spend(() -> search(SEARCH)))
        .isInstanceOf(StorageUnavailable.class);
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

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
      if (interruptNextSleep) {
        throw new InterruptedException();
      }
      waited += nanos;
      now += nanos;
    }
  }
}
