package dev.notes.bootstrap.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition until it holds or the time runs out: for what another process or thread does in
 * its own time (a log line, a status after an outage). Never a timing assertion: the time is an
 * upper bound that only a broken service reaches.
 */
public final class Await {

  private Await() {}

  /** True as soon as the condition holds; false when it still did not after {@code within}. */
  public static boolean until(BooleanSupplier condition, Duration within, Duration every)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(every.toMillis());
    }
    return true;
  }
}
