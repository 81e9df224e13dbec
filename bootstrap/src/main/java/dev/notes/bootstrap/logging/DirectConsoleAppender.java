package dev.notes.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Writes each event to standard output in one {@code write} call, without an exclusive lock across
 * it. Logback's {@code ConsoleAppender} takes one lock around every write; with more request
 * threads than cores, the request log line queued them on it and doubled a read's p99
 * (docs/performance.md, finding 7).
 *
 * <p>On Linux the kernel writes up to {@value #ATOMIC_WRITE_LIMIT} bytes (PIPE_BUF) to a pipe in
 * one piece, and a whole write to a file, so short events share the lock and are written side by
 * side. A longer one (a stack trace) could be split in a pipe, so it takes the lock alone: it waits
 * for the short ones in flight, and short ones that come after it wait for it.
 */
public final class DirectConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  /** PIPE_BUF on Linux: the most a pipe takes in one piece. */
  static final int ATOMIC_WRITE_LIMIT = 4096;

  // non-fair: shared while no long event waits, then the long event goes first
  private final ReadWriteLock longEventsAlone = new ReentrantReadWriteLock();
  private final Encoder<ILoggingEvent> encoder;
  private final OutputStream standardOutput;

  public DirectConsoleAppender(Encoder<ILoggingEvent> encoder, OutputStream standardOutput) {
    this.encoder = encoder;
    this.standardOutput = standardOutput;
  }

  @Override
  protected void append(ILoggingEvent event) {
    byte[] line = encoder.encode(event);
    Lock lock =
        line.length <= ATOMIC_WRITE_LIMIT
            ? longEventsAlone.readLock()
            : longEventsAlone.writeLock();
    lock.lock();
    try {
      standardOutput.write(line);
    } catch (IOException e) {
      // as Logback's own appender does: one error, then no more attempts (and no flood of them)
      addError("could not write to standard output; console logging stops", e);
      stop();
    } finally {
      lock.unlock();
    }
  }
}
