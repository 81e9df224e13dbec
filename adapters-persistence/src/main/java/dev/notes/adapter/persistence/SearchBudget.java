package dev.notes.adapter.persistence;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How much of the database text searches may take together: on average at most {@code
 * timePerSecond} of search time in every second, so that a stream of worst-case searches cannot
 * take the CPU that reads of single notes and lists need. The bound on notes read ({@link
 * NoteSearchSettings#maxNotesRead()}) only makes each search short; this makes many of them cheap.
 *
 * <p>Only the time a search takes beyond {@code freePerSearch} counts: a search that finds its page
 * among the first notes it reads costs about what a list page costs, and runs as freely. A search
 * reserves what searches have typically counted when it starts and settles what it really counted
 * when it ends. Searches that arrive at an idle service start at once, up to {@link #BURST} of
 * counted time ahead of the clock; beyond that each one waits for its turn, without holding a
 * database connection. A search whose turn is further off than {@code maxWait} is not run: it fails
 * at once with {@link StorageUnavailable} (503 with {@code Retry-After}), which also bounds how
 * many request threads can be waiting. Each instance of the service keeps its own budget.
 */
final class SearchBudget {

  /** Counted time that may run ahead of the clock: how much an idle service lets start at once. */
  static final Duration BURST = Duration.ofMillis(250);

  private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

  private final double shareOfTime;
  private final long freeNanos;
  private final long maxWaitNanos;
  private final Ticker ticker;

  /** The moment until which the budget is spent by the searches admitted so far. */
  private long spentUntil;

  /** A running average of the time a search counted: what the next one reserves. */
  private long typicalNanos;

  SearchBudget(Duration timePerSecond, Duration freePerSearch, Duration maxWait) {
    this(timePerSecond, freePerSearch, maxWait, Ticker.SYSTEM);
  }

  SearchBudget(Duration timePerSecond, Duration freePerSearch, Duration maxWait, Ticker ticker) {
    if (timePerSecond.isNegative() || timePerSecond.isZero()) {
      throw new IllegalArgumentException("searches need some time per second");
    }
    if (freePerSearch.isNegative() || maxWait.isNegative()) {
      throw new IllegalArgumentException("no negative free time or wait");
    }
    this.shareOfTime = (double) timePerSecond.toNanos() / NANOS_PER_SECOND;
    this.freeNanos = freePerSearch.toNanos();
    this.maxWaitNanos = maxWait.toNanos();
    this.ticker = ticker;
    this.spentUntil = ticker.nanoTime();
  }

  /** Runs the search in its turn; StorageUnavailable, without running it, when that is too far. */
  <T> T spend(Supplier<T> search) {
    Turn turn = reserve();
    waitFor(turn);
    long began = ticker.nanoTime();
    try {
      return search.get();
    } finally {
      settle(turn.reservedNanos(), ticker.nanoTime() - began);
    }
  }

  /** The caller's turn, reserved only if it comes within the longest wait. */
  private synchronized Turn reserve() {
    long now = ticker.nanoTime();
    if (spentUntil - now < 0) {
      spentUntil = now; // time left unused in the past is not saved up
    }
    long wait = Math.max(0, spentUntil - BURST.toNanos() - now);
    if (wait > maxWaitNanos) {
      throw StorageUnavailable.rationed("text searches");
    }
    spentUntil += budgetFor(typicalNanos);
    return new Turn(typicalNanos, wait);
  }

  private synchronized void settle(long reserved, long took) {
    long counted = Math.max(0, took - freeNanos);
    spentUntil += budgetFor(counted) - budgetFor(reserved);
    typicalNanos += (counted - typicalNanos) / 8;
  }

  /** A search that never ran gives its reservation back. */
  private synchronized void refund(long reserved) {
    spentUntil -= budgetFor(reserved);
  }

  private long budgetFor(long searchNanos) {
    return (long) (searchNanos / shareOfTime);
  }

  private void waitFor(Turn turn) {
    if (turn.waitNanos() == 0) {
      return;
    }
    try {
      ticker.sleep(turn.waitNanos());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      refund(turn.reservedNanos());
      throw StorageUnavailable.rationed("text searches");
    }
  }

  private record Turn(long reservedNanos, long waitNanos) {}

  /** The clock the budget reads and waits on; tests pass one that only pretends. */
  interface Ticker {

    Ticker SYSTEM =
        new Ticker() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
          }
        };

    long nanoTime();

    void sleep(long nanos) throws InterruptedException;
  }
}
