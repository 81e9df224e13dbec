package dev.notes.adapter.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.ServletException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestLoggingFilterTest {

  private static final Pattern LINE = Pattern.compile("(\\S+) (\\S+) (\\d+) (\\d+)ms");

  private final Logger logger = (Logger) LoggerFactory.getLogger(RequestLoggingFilter.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level levelBefore;

  private final RequestLoggingFilter filter = new RequestLoggingFilter();
  private final MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/notes/7");
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @BeforeEach
  void listen() {
    levelBefore = logger.getLevel();
    logger.setLevel(Level.INFO);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(lines);
    logger.setLevel(levelBefore);
  }

  @Test
  void givenARequestTakingAWhile_itsDurationInMilliseconds_isLogged() throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          sleep(60);
          ((MockHttpServletResponse) res).setStatus(204);
        });

    Matcher line = onlyLine();
    assertThat(line.group(1) + " " + line.group(2) + " " + line.group(3))
        .isEqualTo("PUT /api/notes/7 204");
    assertThat(Long.parseLong(line.group(4))).isBetween(60L, 60_000L);
  }

  @Test
  void givenAFailureThatEscapesEveryHandler_itIsLoggedAs500() {
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    request,
                    response,
                    (req, res) -> {
                      throw new ServletException("boom");
                    }))
        .isInstanceOf(ServletException.class);

    assertThat(onlyLine().group(3)).isEqualTo("500");
  }

  private Matcher onlyLine() {
    List<ILoggingEvent> events = lines.list;
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getLevel()).isEqualTo(Level.INFO);
    Matcher line = LINE.matcher(events.get(0).getFormattedMessage());
    assertThat(line.matches()).as(events.get(0).getFormattedMessage()).isTrue();
    return line;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
