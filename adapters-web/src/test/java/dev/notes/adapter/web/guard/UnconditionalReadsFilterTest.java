package dev.notes.adapter.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UnconditionalReadsFilterTest {

  private final UnconditionalReadsFilter filter = new UnconditionalReadsFilter();
  private final MockFilterChain chain = new MockFilterChain();

  @ParameterizedTest
  @CsvSource({"GET, /api/notes/7", "HEAD, /api/categories/1"})
  void givenAReadOfTheApiWithValidators_filter_passesItOnWithoutThem(String method, String path)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.addHeader("If-None-Match", "\"5\"");
    request.addHeader("if-modified-since", "Thu, 03 Dec 2026 10:00:00 GMT");
    request.addHeader("Accept", "application/json");

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    HttpServletRequest passedOn = (HttpServletRequest) chain.getRequest();
    assertThat(passedOn.getHeader("if-none-match")).isNull();
    assertThat(Collections.list(passedOn.getHeaders("If-None-Match"))).isEmpty();
    assertThat(passedOn.getDateHeader("If-Modified-Since")).isEqualTo(-1);
    assertThat(Collections.list(passedOn.getHeaderNames()))
        .containsExactly("Accept")
        .doesNotContain("If-None-Match", "if-modified-since");
    assertThat(passedOn.getHeader("Accept")).isEqualTo("application/json");
  }

  @ParameterizedTest
  @CsvSource({"PUT, /api/notes/7", "GET, /swagger-ui/index.html", "GET, /actuator/health"})
  void givenAWriteOrARequestOutsideTheApi_filter_leavesItsValidatorsAlone(
      String method, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.addHeader("If-None-Match", "\"5\"");

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }

  @Test
  void givenAReadWithoutValidators_filter_passesTheRequestItself() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/notes/7");
    request.addHeader("If-Match", "\"5\"");

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }
}
