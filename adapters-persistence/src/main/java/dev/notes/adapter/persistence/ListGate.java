package dev.notes.adapter.persistence;

import dev.notes.application.port.out.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many list pages are read from the database at once: at most {@code atOnce}. The others wait
 * their turn, first come first served, holding a request thread but no connection, since a list
 * runs outside any transaction. With as many lists at once as requests in flight, the database runs
 * them all side by side on its few cores and each takes longer; a queue in front keeps the time of
 * each one short (docs/performance.md, finding 10). Reads by key and writes never wait here (a list
 * of categories by exact name does: it is a list, of at most one), and text searches are rationed
 * by their own {@link SearchBudget} instead. A list whose turn has not come within {@code maxWait}
 * is not read: it fails with {@link StorageUnavailable} (503 with {@code Retry-After}). Each
 * instance of the service keeps its own gate.
 */
final class ListGate {

  private final Semaphore turns;
  private final long maxWaitNanos;

  /** Only {@link ListSettings} makes one, from values it has checked. */
  ListGate(int atOnce, Duration maxWait) {
    // Fair: a list that waits is read before any that asks later. Unfair turns let the running
    // threads take each freed turn first, and the 99th percentile of what waited grew instead.
    this.turns = new Semaphore(atOnce, true);
    this.maxWaitNanos = maxWait.toNanos();
  }

  /** Reads the list in its turn; StorageUnavailable, without reading it, when none came in time. */
  <T> T read(Supplier<T> list) {
    enter();
    try {
      return list.get();
    } finally {
      turns.release();
    }
  }

  private void enter() {
    boolean entered;
    try {
      entered = turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      throw StorageUnavailable.rationed("list reads");
    }
  }
}
