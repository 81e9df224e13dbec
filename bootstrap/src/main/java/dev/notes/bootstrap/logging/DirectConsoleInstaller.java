package dev.notes.bootstrap.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Once Spring Boot has configured logging, puts a {@link DirectConsoleAppender} in the place of its
 * console appender, with the same encoder and filters: the same lines in the same format (a pattern
 * or a structured one), without a lock per line. A listener, not a bean: logging is configured
 * before any bean exists. {@code NotesApplication.main} adds it for the service; the {@code db}
 * commands, which print a few lines, keep Boot's appender.
 *
 * <p>Only while {@code System.out} is the process's own: a stream put there by a test runner or an
 * output capture is a subclass of {@link PrintStream}, and its lines must keep going through it.
 */
public final class DirectConsoleInstaller
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  private static final String BOOT_CONSOLE = "CONSOLE";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && isPlainStandardOutput(System.out)) {
      install(context.getLogger(Logger.ROOT_LOGGER_NAME), new FileOutputStream(FileDescriptor.out));
    }
  }

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }

  static boolean isPlainStandardOutput(PrintStream out) {
    return out.getClass() == PrintStream.class;
  }

  /**
   * Replaces the root logger's console appender on standard output, if it has one, on every logger
   * it is attached to (a configuration may attach it to a non-additive logger too).
   */
  static void install(Logger root, OutputStream standardOutput) {
    if (root.getAppender(BOOT_CONSOLE) instanceof ConsoleAppender<ILoggingEvent> console
        && console.isStarted()
        && "System.out".equals(console.getTarget())) {
      DirectConsoleAppender direct =
          new DirectConsoleAppender(console.getEncoder(), standardOutput);
      direct.setContext(console.getContext());
      direct.setName(BOOT_CONSOLE);
      console.getCopyOfAttachedFiltersList().forEach(direct::addFilter);
      direct.start();
      for (Logger logger : root.getLoggerContext().getLoggerList()) {
        if (logger.isAttached(console)) {
          logger.addAppender(direct);
          logger.detachAppender(console);
        }
      }
      console.stop();
      root.getLoggerContext()
          .getLogger(DirectConsoleInstaller.class)
          .debug("the console log is written by {}", DirectConsoleAppender.class.getSimpleName());
    }
  }
}
