package dev.notes.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DirectConsoleInstallerTest {

  private final LoggerContext context = new LoggerContext();
  private final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
  private final ByteArrayOutputStream standardOutput = new ByteArrayOutputStream();

  @Test
  void bootsConsoleOnStandardOutput_isReplacedByADirectOneWithItsEncoderAndFilters() {
    ConsoleAppender<ILoggingEvent> console = bootsConsole("System.out");

    DirectConsoleInstaller.install(root, standardOutput);
    root.info("below the console's threshold");
    root.warn("kept");

    assertThat(root.getAppender("CONSOLE")).isInstanceOf(DirectConsoleAppender.class);
    assertThat(root.getAppender("CONSOLE").isStarted()).isTrue();
    assertThat(console.isStarted()).isFalse();
    assertThat(standardOutput.toString(StandardCharsets.UTF_8)).isEqualTo("WARN kept\n");
  }

  @Test
  void aConsoleOnStandardError_isLeftAsItIs() {
    ConsoleAppender<ILoggingEvent> console = bootsConsole("System.err");

    DirectConsoleInstaller.install(root, standardOutput);

    assertThat(root.getAppender("CONSOLE")).isSameAs(console);
    assertThat(console.isStarted()).isTrue();
  }

  @Test
  void aConfigurationWithoutBootsConsole_isLeftAsItIs() {
    DirectConsoleInstaller.install(root, standardOutput);

    assertThat(root.iteratorForAppenders()).isExhausted();
  }

  @Test
  void bootsConsoleOnANonAdditiveLoggerToo_isReplacedThere() {
    ConsoleAppender<ILoggingEvent> console = bootsConsole("System.out");
    Logger requests = context.getLogger("requests");
    requests.setAdditive(false);
    requests.addAppender(console);

    DirectConsoleInstaller.install(root, standardOutput);
    requests.warn("GET /api/notes/1 200 1ms");

    assertThat(requests.getAppender("CONSOLE")).isSameAs(root.getAppender("CONSOLE"));
    assertThat(standardOutput.toString(StandardCharsets.UTF_8))
        .isEqualTo("WARN GET /api/notes/1 200 1ms\n");
  }

  @Test
  void aPlainPrintStream_isTakenForTheJvmsOwn_aSubclassForACapture() {
    PrintStream plain = new PrintStream(OutputStream.nullOutputStream());
    PrintStream capture = new PrintStream(OutputStream.nullOutputStream()) {};

    assertThat(DirectConsoleInstaller.isPlainStandardOutput(plain)).isTrue();
    assertThat(DirectConsoleInstaller.isPlainStandardOutput(capture)).isFalse();
  }

  /** The appender Spring Boot's default configuration puts on the root logger. */
  private ConsoleAppender<ILoggingEvent> bootsConsole(String target) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %msg%n");
    encoder.start();
    ThresholdFilter threshold = new ThresholdFilter();
    threshold.setLevel(Level.WARN.levelStr);
    threshold.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setTarget(target);
    console.setEncoder(encoder);
    console.addFilter(threshold);
    console.start();
    root.addAppender(console);
    return console;
  }
}
