package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ProblemWriterTest {

  @Test
  void given404_forStatus_namesTheEndpointThatDoesNotExist() {
    ProblemDetail problem = ProblemWriter.forStatus(404, "GET", "/api/nope");

    assertThat(problem.getType()).isEqualTo(ProblemKind.NOT_FOUND.type());
    assertThat(problem.getDetail()).isEqualTo("there is no endpoint GET /api/nope");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/api/nope"));
  }

  @Test
  void given405_forStatus_pointsToTheAllowHeader() {
    ProblemDetail problem = ProblemWriter.forStatus(405, "PATCH", "/api/notes");

    assertThat(problem.getType()).isEqualTo(ProblemKind.METHOD_NOT_ALLOWED.type());
    assertThat(problem.getStatus()).isEqualTo(405);
    assertThat(problem.getDetail())
        .isEqualTo("the method is not allowed here; the Allow header lists those that are");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/api/notes"));
  }

  /** Tomcat's answer to a request whose body stalled: it did reach the API, only too slowly. */
  @Test
  void given408_forStatus_saysTheRequestDidNotArriveInTime() {
    ProblemDetail problem = ProblemWriter.forStatus(408, "POST", "/api/notes");

    assertThat(problem.getStatus()).isEqualTo(408);
    assertThat(problem.getType()).hasToString("about:blank");
    assertThat(problem.getTitle()).isEqualTo("Request Timeout");
    assertThat(problem.getDetail()).startsWith("the request did not arrive in time");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/api/notes"));
  }

  @Test
  void givenAnotherClientError_forStatus_saysOnlyThatTheRequestWasRefused() {
    ProblemDetail problem = ProblemWriter.forStatus(499, "GET", "/api/notes");

    assertThat(problem.getStatus()).isEqualTo(499);
    assertThat(problem.getType()).hasToString("about:blank");
    assertThat(problem.getDetail()).isEqualTo("the request was refused before it reached the API");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/api/notes"));
  }

  @Test
  void givenAKnownClientError_refused_takesTheTypeAndTitleOfItsKind() {
    ProblemDetail problem = ProblemWriter.refused(413);

    assertThat(problem.getType()).isEqualTo(ProblemKind.BODY_TOO_LARGE.type());
    assertThat(problem.getTitle()).isEqualTo(ProblemKind.BODY_TOO_LARGE.title());
  }

  @Test
  void givenAServerError_refused_givesTheGenericInternalErrorDetail() {
    ProblemDetail problem = ProblemWriter.refused(500);

    assertThat(problem.getType()).isEqualTo(ProblemKind.INTERNAL_ERROR.type());
    assertThat(problem.getDetail()).isEqualTo(ProblemKind.INTERNAL_ERROR.example());
  }

  @Test
  void givenConnect_forStatus501_saysTheServerIsNoProxy() {
    ProblemDetail problem = ProblemWriter.forStatus(501, "CONNECT", "localhost:8080");

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(ProblemKind.INVALID_REQUEST.type());
    assertThat(problem.getDetail())
        .isEqualTo("CONNECT is not served here: this is an API, not a proxy");
    assertThat(problem.getInstance()).isNull();
  }

  @Test
  void givenAPathThatIsNoUri_withInstance_leavesTheInstanceOut() {
    ProblemDetail problem = ProblemWriter.forStatus(404, "GET", "/api/a b");

    assertThat(problem.getInstance()).isNull();
    assertThat(ProblemWriter.json(problem)).doesNotContain("instance");
  }

  @Test
  void givenAProblemWithProperties_json_writesTheMembersInSpringsOrderAndTheProperties() {
    ProblemDetail problem = InvalidFields.problem("name", "must not be blank");
    ProblemWriter.withInstance(problem, "/api/categories");

    Map<String, Object> body =
        JsonMapper.shared().readValue(ProblemWriter.json(problem), Map.class);

    assertThat(body.keySet())
        .containsExactly("detail", "instance", "status", "title", "type", "errors");
    assertThat(body)
        .containsEntry("type", ProblemKind.INVALID_REQUEST.type().toString())
        .containsEntry("title", "Invalid request")
        .containsEntry("status", 400)
        .containsEntry("detail", "name must not be blank")
        .containsEntry("instance", "/api/categories")
        .containsEntry("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
  }

  @Test
  void givenAFieldError_json_writesTheFieldBeforeTheMessageInEveryRun() {
    ProblemDetail problem = InvalidFields.problem("name", "must not be blank");

    assertThat(ProblemWriter.json(problem))
        .contains("\"errors\":[{\"field\":\"name\",\"message\":\"must not be blank\"}]");
  }

  @Test
  void givenAFilterRefusal_write_answersTheWholeProblemAndCommitsIt() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/gone");
    MockHttpServletResponse response = new MockHttpServletResponse();

    ProblemWriter.write(response, 404, request);

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    assertThat(response.isCommitted()).isTrue();
    assertThat(response.getContentAsString())
        .contains("\"detail\":\"there is no endpoint DELETE /api/gone\"");
  }
}
