package dev.notes.adapter.persistence;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many text searches run at once, and how many may wait: at most {@code atOnce} run, each on a
 * database connection; the others wait for one of those turns, first come first served, without a
 * connection and at most {@code maxWait}. At most {@link #MAX_WAITING} searches wait at once, here
 * or for their turn in the {@link SearchBudget}; one more is refused at once.
 */
final class SearchTurns {

  /**
   * Searches that may wait at once; one more is refused at once. Waiting searches hold request
   * threads, so this keeps most of the server's 200 for everything else.
   */
  static final int MAX_WAITING = 64;

  /** Fair: a search that waits runs before any that asks later. */
  private final Semaphore turns;

  private final long maxWaitNanos;
  private final AtomicInteger waiting = new AtomicInteger();

  SearchTurns(int atOnce, Duration maxWait) {
    this.turns = new Semaphore(atOnce, true);
    this.maxWaitNanos = maxWait.toNanos();
  }

  /** A place in the waiting room; false when it is full. */
  boolean enterWaitingRoom() {
    return waiting.getAndUpdate(now -> now < MAX_WAITING ? now + 1 : now) < MAX_WAITING;
  }

  void leaveWaitingRoom() {
    waiting.decrementAndGet();
  }

  /** One of the turns: at once when one is free, else after waiting; false when none came. */
  boolean take() {
    if (turns.tryAcquire()) {
      return true;
    }
    if (!enterWaitingRoom()) {
      return false;
    }
    try {
      return turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      leaveWaitingRoom();
    }
  }

  /** Gives a turn taken back. */
  void release() {
    turns.release();
  }
}
