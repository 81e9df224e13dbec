package dev.notes.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.StampedLock;

/**
 * Writes each event to standard output in one {@code write} call, without holding a lock across it.
 * Logback's {@code ConsoleAppender} takes one lock around every write; with more request threads
 * than cores, the request log line queued them on it and doubled a read's p99 (docs/performance.md,
 * finding 7).
 *
 * <p>The kernel writes up to {@value #ATOMIC_WRITE_LIMIT} bytes to a pipe in one piece, and a whole
 * write to a file, so short events need no lock. A longer one (a stack trace) could be split in a
 * pipe, so it waits for the short ones in flight and is written alone.
 */
public final class DirectConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  /** PIPE_BUF on Linux: the most a pipe takes in one piece. */
  static final int ATOMIC_WRITE_LIMIT = 4096;

  private final StampedLock longEventsAlone = new StampedLock();
  private final Encoder<ILoggingEvent> encoder;
  private final OutputStream standardOutput;

  public DirectConsoleAppender(Encoder<ILoggingEvent> encoder, OutputStream standardOutput) {
    this.encoder = encoder;
    this.standardOutput = standardOutput;
  }

  @Override
  protected void append(ILoggingEvent event) {
    byte[] line = encoder.encode(event);
    long stamp =
        line.length <= ATOMIC_WRITE_LIMIT
            ? longEventsAlone.readLock()
            : longEventsAlone.writeLock();
    try {
      standardOutput.write(line);
    } catch (IOException e) {
      addError("could not write to standard output", e);
    } finally {
      longEventsAlone.unlock(stamp);
    }
  }
}
