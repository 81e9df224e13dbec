package dev.notes.adapter.persistence;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How much of the database text searches may take together: on average at most {@code
 * timePerSecond} of search time in every second, so that a stream of worst-case searches cannot
 * take the CPU that reads of single notes and lists need. The bound on notes read ({@link
 * NoteSearchSettings#maxNotesRead()}) only makes each search short; this makes many of them cheap.
 *
 * <p>Only the searches that read all they may count: those that came back with a short page, having
 * reached their bound or the end of the notes. A search that fills its page has found what it was
 * asked for and counts nothing, so such searches alone never wait (while others have spent the
 * budget they wait their turn too: whether a search counts is known only when it ends); one that
 * matches nothing or almost nothing is the worst case whatever the machine, and its time counts
 * (shared with searches that ran beside it: with four at once, each counts a quarter of its time,
 * as they shared the database). A search reserves what searches have typically counted when it
 * starts and settles what it really counted when it ends. Searches that arrive at an idle service
 * start at once, up to {@link #BURST} of counted time ahead of the clock; beyond that each one
 * waits for its turn, without holding a database connection. A search whose turn is further off
 * than {@code maxWait} is not run: after waiting {@code maxWait} it fails with {@link
 * StorageUnavailable} (503 with {@code Retry-After}).
 *
 * <p>However the budget stands, at most {@code atOnce} searches run at once ({@link SearchTurns}).
 * The budget learns what searches cost only as they end, so right after a start, or after a spell
 * of searches that all filled their page, it would let any number start together: without that cap
 * a burst of worst-case searches took every pooled connection, and reads and writes that needed one
 * got a 503. Each instance of the service keeps its own budget.
 */
final class SearchBudget {

  /** Counted time that may run ahead of the clock: how much an idle service lets start at once. */
  static final Duration BURST = Duration.ofMillis(250);

  private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

  private final double shareOfTime;
  private final long maxWaitNanos;
  private final Ticker ticker;

  private final SearchTurns turns;

  /** The moment until which the budget is spent by the searches admitted so far. */
  private long spentUntil;

  /** A running average of the time a search counted: what the next one reserves. */
  private long typicalNanos;

  /** Searches running now. */
  private int running;

  SearchBudget(Duration timePerSecond, Duration maxWait, int atOnce) {
    this(timePerSecond, maxWait, atOnce, Ticker.SYSTEM);
  }

  /** Only {@link NoteSearchSettings} (and tests) make one, from values it has checked. */
  SearchBudget(Duration timePerSecond, Duration maxWait, int atOnce, Ticker ticker) {
    this.shareOfTime = (double) timePerSecond.toNanos() / NANOS_PER_SECOND;
    this.maxWaitNanos = maxWait.toNanos();
    this.ticker = ticker;
    this.spentUntil = ticker.nanoTime();
    this.turns = new SearchTurns(atOnce, maxWait);
  }

  /**
   * Runs the search in its turn, and counts its time if {@code readAllItMay} says so of its result,
   * or if it failed in the database (a statement cut off by its timeout took the database's time);
   * a search that got no connection took none, however long it waited for one. StorageUnavailable,
   * without running it, when its turn is too far off.
   */
  <T> T spend(Supplier<T> search, Predicate<? super T> readAllItMay) {
    Turn turn = reserve();
    waitFor(turn);
    try {
      return run(search, readAllItMay, turn);
    } finally {
      turns.release();
    }
  }

  private <T> T run(Supplier<T> search, Predicate<? super T> readAllItMay, Turn turn) {
    int together = start();
    long began = ticker.nanoTime();
    boolean counts = true;
    try {
      T result = search.get();
      counts = readAllItMay.test(result);
      return result;
    } catch (RuntimeException failed) {
      counts = !DatabaseUnreachable.noConnection(failed);
      throw failed;
    } finally {
      settle(turn.reservedNanos(), counts ? ticker.nanoTime() - began : 0, together);
    }
  }

  /** A search that will not run gives its reservation back. */
  private synchronized void giveBack(Turn turn) {
    spentUntil -= budgetFor(turn.reservedNanos());
  }

  /** One more search runs; how many run now, this one included. */
  private synchronized int start() {
    return ++running;
  }

  /**
   * The caller's turn, reserved if it comes within the longest wait. A turn further off is a
   * refusal that comes only after the longest wait, so that a client that asks again at once cannot
   * turn refusals into a loop as busy as the searches; when the waiting room is full it comes at
   * once.
   */
  private synchronized Turn reserve() {
    long now = ticker.nanoTime();
    if (spentUntil - now < 0) {
      spentUntil = now; // time left unused in the past is not saved up
    }
    long wait = Math.max(0, spentUntil - BURST.toNanos() - now);
    if (wait == 0) {
      spentUntil += budgetFor(typicalNanos);
      return new Turn(typicalNanos, 0, false);
    }
    if (!turns.enterWaitingRoom()) {
      throw StorageUnavailable.rationed("text searches");
    }
    if (wait > maxWaitNanos) {
      return new Turn(0, maxWaitNanos, true);
    }
    spentUntil += budgetFor(typicalNanos);
    return new Turn(typicalNanos, wait, false);
  }

  /**
   * Searches that ran at the same time shared the database: each counts its share of the time, by
   * how many ran beside it when it started and when it ended, not the whole of it.
   */
  private synchronized void settle(long reserved, long took, int togetherAtStart) {
    long counted = 2 * took / (togetherAtStart + running);
    running--;
    spentUntil += budgetFor(counted) - budgetFor(reserved);
    typicalNanos += (counted - typicalNanos) / 8;
  }

  private long budgetFor(long searchNanos) {
    return (long) (searchNanos / shareOfTime);
  }

  /**
   * Waits out the caller's turn in the budget, if it has to wait, then takes one of the turns to
   * run. StorageUnavailable, with the reservation given back, when the turn was refused, did not
   * come, or the wait was interrupted.
   */
  private void waitFor(Turn turn) {
    boolean runs = !turn.refused();
    if (turn.waitNanos() > 0 || turn.refused()) { // it entered the waiting room
      try {
        ticker.sleep(turn.waitNanos());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        runs = false;
      }
      turns.leaveWaitingRoom();
    }
    if (!runs || !turns.take()) {
      giveBack(turn);
      throw StorageUnavailable.rationed("text searches");
    }
  }

  private record Turn(long reservedNanos, long waitNanos, boolean refused) {}

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
