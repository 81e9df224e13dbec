package dev.notes.bootstrap.logging;

import static dev.notes.bootstrap.logging.DirectConsoleAppender.ATOMIC_WRITE_LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DirectConsoleAppenderTest {

  /**
   * A new thread for each logging call, never CompletableFuture's default pool: on two cores that
   * is one thread from JDK 25 on, and a call queued behind the held write would never start.
   */
  private static final Executor A_THREAD_EACH = task -> new Thread(task).start();

  private final LoggerContext context = new LoggerContext();
  private final Logger logger = context.getLogger("requests");
  private final HeldStream standardOutput = new HeldStream();
  private final DirectConsoleAppender appender = appenderWritingTo(standardOutput);

  @AfterEach
  void releaseAnyHeldWrite() {
    standardOutput.release();
  }

  @Test
  void eachEvent_isWrittenWholeInOneCall() {
    logger.info("GET /api/notes/1 200 1ms");
    logger.warn("storage unavailable");

    assertThat(standardOutput.writes)
        .containsExactly("INFO GET /api/notes/1 200 1ms\n", "WARN storage unavailable\n");
  }

  @Test
  void anEventOfUpToTheAtomicLimit_isWrittenWhileAnotherIsStillBeingWritten() throws Exception {
    CompletableFuture<Void> held = standardOutput.holdingTheNextWrite(() -> logger.info("held"));
    String message = "x".repeat(ATOMIC_WRITE_LIMIT - "INFO \n".length());

    CompletableFuture<Void> next =
        CompletableFuture.runAsync(() -> logger.info(message), A_THREAD_EACH);

    assertThat(next).succeedsWithin(Duration.ofSeconds(10));
    standardOutput.release();
    assertThat(held).succeedsWithin(Duration.ofSeconds(10));
    assertThat(standardOutput.writes)
        .containsExactly("INFO " + message + "\n", "INFO held\n")
        .first()
        .asString()
        .hasSize(ATOMIC_WRITE_LIMIT);
  }

  @Test
  void anEventOverTheAtomicLimit_waitsUntilNoOtherIsBeingWritten() throws Exception {
    CompletableFuture<Void> held = standardOutput.holdingTheNextWrite(() -> logger.info("held"));
    String stackTrace = "x".repeat(ATOMIC_WRITE_LIMIT + 1 - "ERROR \n".length());

    CompletableFuture<Void> longOne =
        CompletableFuture.runAsync(() -> logger.error(stackTrace), A_THREAD_EACH);

    assertThat(longOne)
        .failsWithin(Duration.ofMillis(500))
        .withThrowableOfType(TimeoutException.class);
    standardOutput.release();
    assertThat(longOne).succeedsWithin(Duration.ofSeconds(10));
    assertThat(held).succeedsWithin(Duration.ofSeconds(10));
    assertThat(standardOutput.writes)
        .containsExactly("INFO held\n", "ERROR " + stackTrace + "\n")
        .last()
        .asString()
        .hasSize(ATOMIC_WRITE_LIMIT + 1);
  }

  @Test
  void aFailedWrite_isReportedOnce_andStopsTheAppender() {
    standardOutput.failing = true;

    logger.info("first");
    logger.info("second");

    assertThat(standardOutput.attempts).isEqualTo(1);
    assertThat(appender.isStarted()).isFalse();
    assertThat(context.getStatusManager().getCopyOfStatusList())
        .filteredOn(status -> status.getLevel() == Status.ERROR)
        .hasSize(1);
  }

  private DirectConsoleAppender appenderWritingTo(OutputStream out) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %msg%n");
    encoder.start();
    DirectConsoleAppender direct = new DirectConsoleAppender(encoder, out);
    direct.setContext(context);
    direct.start();
    logger.addAppender(direct);
    return direct;
  }

  /** Records each write call; can hold one inside {@code write}, as a descheduled thread would. */
  private static final class HeldStream extends OutputStream {

    final List<String> writes = new CopyOnWriteArrayList<>();
    volatile boolean failing;
    volatile int attempts;
    private volatile CountDownLatch holdNext;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    CompletableFuture<Void> holdingTheNextWrite(Runnable logging) throws InterruptedException {
      holdNext = released;
      CompletableFuture<Void> writing = CompletableFuture.runAsync(logging, A_THREAD_EACH);
      assertThat(entered.await(10, TimeUnit.SECONDS)).as("the held write began").isTrue();
      return writing;
    }

    void release() {
      released.countDown();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      attempts++;
      if (failing) {
        throw new IOException("Broken pipe");
      }
      CountDownLatch hold = holdNext;
      if (hold != null) {
        holdNext = null;
        entered.countDown();
        try {
          // longer than any assertion waits: a held write ends only when the test releases it
          hold.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      writes.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void write(int b) {
      throw new AssertionError("an event is written in one call, never byte by byte");
    }
  }
}
