package dev.notes.adapter.persistence;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.Semaphore;
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
 * <p>However the budget stands, at most {@code atOnce} searches run at once, each on a database
 * connection; the others wait for one of those turns, first come first served, without a connection
 * and at most {@code maxWait}. The budget learns what searches cost only as they end, so right
 * after a start, or after a spell of searches that all filled their page, it would let any number
 * start together: without this cap a burst of worst-case searches took every pooled connection, and
 * reads and writes that needed one got a 503. At most {@link #MAX_WAITING} searches wait at once,
 * for either; one more fails at once. Each instance of the service keeps its own budget.
 */
final class SearchBudget {

  /** Counted time that may run ahead of the clock: how much an idle service lets start at once. */
  static final Duration BURST = Duration.ofMillis(250);

  /**
   * Searches that may wait at once; one more is refused at once. Waiting searches hold request
   * threads, so this keeps most of the server's 200 for everything else.
   */
  static final int MAX_WAITING = 64;

  private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

  private final double shareOfTime;
  private final long maxWaitNanos;
  private final Ticker ticker;

  /** Turns to run: fair, so that a search that waits runs before any that asks later. */
  private final Semaphore turnsToRun;

  /** The moment until which the budget is spent by the searches admitted so far. */
  private long spentUntil;

  /** A running average of the time a search counted: what the next one reserves. */
  private long typicalNanos;

  /** Searches waiting for their turn, each holding a request thread meanwhile. */
  private int waiting;

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
    this.turnsToRun = new Semaphore(atOnce, true);
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
    takeATurnToRun(turn);
    try {
      return run(search, readAllItMay, turn);
    } finally {
      turnsToRun.release();
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

  /**
   * One of the {@code atOnce} turns to run, at once when one is free; else the search waits for one
   * in the waiting room, at most {@code maxWait}. A search that does not run gives its reservation
   * back and fails with StorageUnavailable.
   */
  private void takeATurnToRun(Turn turn) {
    if (turnsToRun.tryAcquire()) {
      return;
    }
    boolean runs = enterWaitingRoom();
    if (runs) {
      try {
        runs = turnsToRun.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        runs = false;
      }
      leaveWaitingRoom();
    }
    if (!runs) {
      giveBack(turn);
      throw StorageUnavailable.rationed("text searches");
    }
  }

  private synchronized boolean enterWaitingRoom() {
    if (waiting >= MAX_WAITING) {
      return false;
    }
    waiting++;
    return true;
  }

  private synchronized void leaveWaitingRoom() {
    waiting--;
  }

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
    if (waiting >= MAX_WAITING) {
      throw StorageUnavailable.rationed("text searches");
    }
    waiting++;
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

  /** A waiting search stops waiting; one that will not run gives its reservation back. */
  private synchronized void leave(Turn turn, boolean runs) {
    waiting--;
    if (!runs) {
      spentUntil -= budgetFor(turn.reservedNanos());
    }
  }

  private long budgetFor(long searchNanos) {
    return (long) (searchNanos / shareOfTime);
  }

  /** Waits out the caller's turn; StorageUnavailable when the turn was refused or interrupted. */
  private void waitFor(Turn turn) {
    if (turn.waitNanos() == 0 && !turn.refused()) {
      return; // admitted at once: it never entered the waiting room
    }
    boolean runs = !turn.refused();
    try {
      ticker.sleep(turn.waitNanos());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      runs = false;
    }
    leave(turn, runs);
    if (!runs) {
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
