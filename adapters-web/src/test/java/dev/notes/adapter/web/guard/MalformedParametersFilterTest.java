package dev.notes.adapter.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MalformedParametersFilterTest {

  private final MalformedParametersFilter filter = new MalformedParametersFilter();
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final MockFilterChain chain = new MockFilterChain();

  @Test
  void givenAnApiParameterGivenTwice_filter_answers400NamingItWithoutPassingItOn()
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/notes");
    request.setQueryString("q=a&q=b");
    request.addParameter("q", "a", "b");

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(response.getContentAsString())
        .contains("\"detail\":\"q must be given once, was given 2 times\"")
        .contains("\"instance\":\"/api/notes\"")
        .contains("\"field\":\"q\"");
  }

  @Test
  void givenEachApiParameterOnce_filter_passesTheRequestOn() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/notes");
    request.setQueryString("q=a&limit=5");
    request.addParameter("q", "a");
    request.addParameter("limit", "5");

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isSameAs(request);
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void givenAParameterGivenTwiceOutsideTheApi_filter_passesTheRequestOn() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/swagger-ui/index.html");
    request.setQueryString("q=a&q=b");
    request.addParameter("q", "a", "b");

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/notes", "/actuator/health"})
  void givenAnUndecodableQuery_filter_answers400WithoutPassingItOn(String path) throws Exception {
    MockHttpServletRequest request = new UndecodableQuery(path);

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_BAD_REQUEST);
    assertThat(response.getContentAsString()).contains("the query string cannot be read");
  }

  @Test
  void givenNoQueryString_filter_passesTheRequestOnWithoutReadingParameters() throws Exception {
    MockHttpServletRequest request = new UndecodableQuery("/api/notes/7");
    request.setQueryString(null);

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded",
        "Application/X-WWW-Form-Urlencoded; charset=UTF-8",
        "multipart/form-data; boundary=x",
        "MULTIPART/MIXED"
      })
  void givenABodyOfParameters_filter_passesItOnWithoutReadingThem(String contentType)
      throws Exception {
    MockHttpServletRequest request = new UndecodableQuery("/api/notes");
    request.setContentType(contentType);

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }

  @Test
  void givenAJsonBodyAndAnUndecodableQuery_filter_answers400() throws Exception {
    MockHttpServletRequest request = new UndecodableQuery("/api/notes");
    request.setContentType(MediaType.APPLICATION_JSON_VALUE);

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(400);
  }

  /** What Tomcat does once it failed to parse the query string: every parameter call throws. */
  private static final class UndecodableQuery extends MockHttpServletRequest {

    UndecodableQuery(String path) {
      super("GET", path);
      setQueryString("q=%zz");
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      throw new IllegalStateException("parameters could not be parsed");
    }
  }
}
