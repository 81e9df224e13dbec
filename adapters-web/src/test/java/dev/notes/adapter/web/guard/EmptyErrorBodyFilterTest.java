package dev.notes.adapter.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EmptyErrorBodyFilterTest {

  private final EmptyErrorBodyFilter filter = new EmptyErrorBodyFilter();
  private final MockHttpServletRequest request =
      new MockHttpServletRequest("GET", "/actuator/health/liveness");
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @Test
  void givenAnErrorAnsweredWithoutABody_filter_writesTheProblemForItsStatus() throws Exception {
    filter.doFilter(request, response, status(404));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(response.getContentAsString())
        .contains("\"detail\":\"there is no endpoint GET /actuator/health/liveness\"");
  }

  @Test
  void givenTheLowestErrorStatusWithoutABody_filter_writesAProblem() throws Exception {
    filter.doFilter(request, response, status(400));

    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void givenASuccessWithoutABody_filter_leavesItEmpty() throws Exception {
    filter.doFilter(request, response, status(399));

    assertThat(response.getContentType()).isNull();
    assertThat(response.getContentAsByteArray()).isEmpty();
  }

  @Test
  void givenAnErrorWithABodyFromTheStream_filter_leavesItAlone() throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(404);
          res.getOutputStream().print("own");
        });

    assertThat(response.getContentAsString()).isEqualTo("own");
  }

  @Test
  void givenAnErrorWithABodyFromTheWriter_filter_leavesItAlone() throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(404);
          res.getWriter().print("own");
        });

    assertThat(response.getContentAsString()).isEqualTo("own");
  }

  @Test
  void givenAnErrorSentToTheErrorPage_filter_leavesItToTheErrorPage() throws Exception {
    filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).sendError(404));

    assertThat(response.getContentAsByteArray()).isEmpty();
  }

  @Test
  void givenAnErrorWithAMessageSentToTheErrorPage_filter_leavesItToTheErrorPage() throws Exception {
    filter.doFilter(
        request, response, (req, res) -> ((HttpServletResponse) res).sendError(404, "gone"));

    assertThat(response.getContentAsByteArray()).isEmpty();
    assertThat(response.getErrorMessage()).isEqualTo("gone");
  }

  @Test
  void givenAnEmptyErrorFlushedEarly_filter_holdsTheFlushBackAndStillWritesTheProblem()
      throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(404);
          res.flushBuffer();
          assertThat(res.isCommitted()).isFalse();
        });

    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void givenASuccessFlushedEarly_filter_flushesItAsAsked() throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(200);
          res.flushBuffer();
        });

    assertThat(response.isCommitted()).isTrue();
  }

  @Test
  void givenAnErrorAlreadyCommitted_filter_leavesItAlone() throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(200);
          res.flushBuffer();
          ((HttpServletResponse) res).setStatus(500);
        });

    assertThat(response.getContentAsByteArray()).isEmpty();
  }

  private static FilterChain status(int status) {
    return (req, res) -> ((HttpServletResponse) res).setStatus(status);
  }
}
