package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.note.Note;
import dev.notes.domain.shared.Page;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What only a real server shows: Tomcat in front (chunked bodies, encoded paths), springdoc's
 * endpoints, and the auto-configuration the bootstrap module will have.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@MockedUseCases
class OverHttpTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private static final String WEB = "dev.notes.adapter.web";

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Autowired FindCategoryByNameUseCase findCategoryByName;
  @Autowired ListNotesUseCase listNotes;

  @Test
  void givenAChunkedBodyOverOneMebibyte_post_answers413Problem() throws Exception {
    byte[] start = "{\"text\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] text = new byte[1024 * 1024];
    Arrays.fill(text, (byte) 'x');
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/notes"))
            .header("Content-Type", "application/json")
            .POST(
                BodyPublishers.ofInputStream(
                    () ->
                        new SequenceInputStream(
                            new ByteArrayInputStream(start), new ByteArrayInputStream(text))))
            .build();

    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).path("type").asString())
        .isEqualTo("https://notes.dev/problems/body-too-large");
  }

  @Test
  void givenAContentLengthOverOneMebibyte_post_answers413Problem() throws Exception {
    byte[] body = new byte[1024 * 1024 + 1];
    Arrays.fill(body, (byte) ' ');
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/notes"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(body))
            .build();

    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void givenExpectContinueAndAContentLengthOverOneMebibyte_post_answers413WithoutAskingForTheBody()
      throws Exception {
    RawResponse response =
        raw(
            "POST /api/notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.head()).doesNotContain("100 Continue").startsWith("HTTP/1.1 413");
  }

  @Test
  void givenExpectContinue_post_getsItsContinue_andItsBodyIsRead() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/notes"))
            .header("Content-Type", "application/json")
            .expectContinue(true)
            .POST(BodyPublishers.ofString("{\"text\": 5}"))
            .build();

    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo("text");
  }

  @Test
  void givenANumberWhereTextIsExpected_post_answers400AsInTheSlices() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/notes"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"text\": 5}"))
            .build();

    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo("text");
  }

  @Test
  void givenANameWithASlash_getByName_findsIt() throws Exception {
    given(findCategoryByName.findCategoryByName(new CategoryName("a/b")))
        .willReturn(Fixtures.category(1, "a/b", 0, 0));

    HttpResponse<String> response = get("/api/categories/by-name/a%2Fb");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("name").asString()).isEqualTo("a/b");
  }

  @Test
  void givenAnAnswerOfAFewHundredBytes_itIsSent_withItsContentLengthNotChunked() throws Exception {
    given(findCategoryByName.findCategoryByName(new CategoryName("tech")))
        .willReturn(Fixtures.category(1, "tech", 0, 0));

    HttpResponse<String> response = get("/api/categories/by-name/tech");

    assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(response.headers().firstValueAsLong("Content-Length"))
        .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void givenAPageLargerThanTheSizedLimit_itIsStreamedChunked_andArrivesWhole() throws Exception {
    String text = "x".repeat(1000);
    List<Note> notes =
        LongStream.rangeClosed(1, 200).mapToObj(id -> Fixtures.note(id, text, 0)).toList();
    given(listNotes.listNotes(any(), any())).willReturn(new Page<>(notes, Optional.empty()));

    HttpResponse<String> response = get("/api/notes?limit=200");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    assertThat(json(response).path("items")).hasSize(200);
  }

  @Test
  void givenAnUnknownPath_get_answers404Problem() throws Exception {
    HttpResponse<String> response = get("/api/no/such/thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void givenTheErrorPathAskedForDirectly_get_answers404NotA500() throws Exception {
    HttpResponse<String> response = get("/error");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("type").asString())
        .isEqualTo("https://notes.dev/problems/not-found");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/notes?q=%zz",
        "/api/notes?q=%",
        "/api/notes?q=%FF",
        "/api/notes?q=%C3%28",
        "/api/notes?limit=%zz",
        "/api/notes?cursor=%zz",
        "/api/categories?name=%zz",
        "/api/notes?zz%zz=1",
        "/api/notes/1?x=%zz",
        "/api/categories/1/notes?limit=%zz",
        "/actuator/health?x=%zz"
      })
  void givenAQueryStringThatCannotBeDecoded_get_answers400ProblemNamingIt(String target)
      throws Exception {
    RawResponse response = raw("GET " + target + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().path("type").asString())
        .isEqualTo("https://notes.dev/problems/invalid-request");
    assertThat(response.json().path("detail").asString()).contains("query string");
    then(listNotes).shouldHaveNoInteractions();
  }

  /**
   * A form content type makes the filter leave the parameters alone (they would be read from the
   * body); the controller's own read then meets Tomcat's failure, which the advice answers.
   */
  @Test
  void givenAFormContentTypeAndAQueryStringThatCannotBeDecoded_get_answers400Problem()
      throws Exception {
    RawResponse response =
        raw(
            "GET /api/notes?q=%zz HTTP/1.0\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().path("detail").asString()).contains("query string");
    then(listNotes).shouldHaveNoInteractions();
  }

  @Test
  void givenMoreQueryParametersThanTomcatAllows_get_answers400Problem() throws Exception {
    StringBuilder query = new StringBuilder("limit=1");
    for (int i = 0; i < 1100; i++) {
      query.append("&p").append(i).append("=1");
    }

    RawResponse response = raw("GET /api/notes?" + query + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    then(listNotes).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT /api/notes/1", "POST /api/notes", "PUT /api/categories/1"})
  void givenAMalformedFormBody_postOrPut_answers415NotA500(String request) throws Exception {
    RawResponse response =
        raw(
            request
                + " HTTP/1.0\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\n"
                + "a=%zz");

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().path("instance").asString()).isEqualTo(request.split(" ", -1)[1]);
  }

  @Test
  void givenAMalformedFormBody_delete_ignoresTheBody() throws Exception {
    RawResponse response =
        raw(
            """
            DELETE /api/notes/1 HTTP/1.0\r
            Host: localhost\r
            Content-Type: application/x-www-form-urlencoded\r
            Content-Length: 5\r
            \r
            a=%zz""");

    assertThat(response.status()).isEqualTo(204);
  }

  @Test
  void givenAMalformedMultipartBody_post_answers415NotA500() throws Exception {
    String body = "--x\r\nbad";
    RawResponse response =
        raw(
            "POST /api/notes HTTP/1.0\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + body);

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void givenAYamlBody_post_answers415AcceptingJsonOnly() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/categories"))
            .header("Content-Type", "application/yaml")
            .POST(BodyPublishers.ofString("name: 12345\nbogus: 1\n"))
            .build();

    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Accept")).hasValue("application/json");
    assertThat(json(response).path("type").asString())
        .isEqualTo("https://notes.dev/problems/unsupported-media-type");
  }

  /** Requests Tomcat refuses before the application sees them; its answer is problem+json too. */
  @ParameterizedTest
  @MethodSource("requestsTomcatRefuses")
  void givenARequestTomcatRefuses_answer_isAProblemNotHtml(String request) throws Exception {
    RawResponse response = raw(request);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("type").asString())
        .isEqualTo("https://notes.dev/problems/invalid-request");
    assertThat(response.json().path("title").asString()).isEqualTo("Invalid request");
    assertThat(response.json().path("status").asInt()).isEqualTo(400);
    assertThat(response.json().path("detail").asString()).isNotBlank();
  }

  /** What Tomcat refuses before any filter runs still gets its one request log line. */
  @Test
  void givenARequestTomcatRefuses_itIsLoggedLikeAnyOther(CapturedOutput log) throws Exception {
    String end = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";

    raw("GET /api/categories/by-name/%00" + end + "\r\n");
    raw("GET /api/notes" + end + "X-Big: " + "a".repeat(9000) + "\r\n\r\n");

    assertThat(log.getOut())
        .containsPattern("RequestLoggingFilter +: GET /api/categories/by-name/%00 400 \\d+ms")
        .containsPattern("RequestLoggingFilter +: GET /api/notes 400 \\d+ms");
  }

  /** A request line Tomcat cannot take apart has no path to log: a dash, as in access logs. */
  @Test
  void givenARequestTargetTomcatCannotRead_itsLogLine_showsADashForThePath(CapturedOutput log)
      throws Exception {
    RawResponse response = raw("GET /api/notes?q={ HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(log.getOut())
        .containsPattern("RequestLoggingFilter +: GET - 400 \\d+ms")
        .doesNotContain("null 400");
  }

  /** TRACE, which Tomcat refuses itself, is logged once, like the requests the filters see. */
  @Test
  void givenTrace_itIsLoggedOnce(CapturedOutput log) throws Exception {
    raw("TRACE /api/notes/77 HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertThat(log.getOut().lines().filter(line -> line.contains("TRACE /api/notes/77 405")))
        .hasSize(1);
  }

  /**
   * A failure that escapes every filter is answered by the valve after the request log's filter has
   * written its 500: one line, not two.
   */
  @Test
  void givenAFailureThatEscapesEveryFilter_itIsAnswered500AndLoggedOnce(CapturedOutput log)
      throws Exception {
    HttpResponse<String> response = get(EscapingFailure.PATH);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(log.getOut().lines().filter(line -> line.contains("GET " + EscapingFailure.PATH)))
        .hasSize(1);
  }

  /** A filter behind the request log's that fails on one path, past every handler. */
  @TestConfiguration(proxyBeanMethods = false)
  static class EscapingFailure {

    static final String PATH = "/api/escapes-every-handler";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> failingOnOnePath() {
      FilterRegistrationBean<OncePerRequestFilter> registration =
          new FilterRegistrationBean<>(
              new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                    HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                  if (PATH.equals(request.getRequestURI())) {
                    throw new IllegalStateException("a defect past every handler");
                  }
                  chain.doFilter(request, response);
                }
              });
      registration.setOrder(Ordered.LOWEST_PRECEDENCE);
      return registration;
    }
  }

  static List<String> requestsTomcatRefuses() {
    String end = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    return List.of(
        "GET /api/notes/%G1" + end + "\r\n",
        "GET /api/categories/by-name/%00" + end + "\r\n",
        "GET /api/categories/by-name/%FF" + end + "\r\n",
        "GET /api/notes?q=" + "a".repeat(9000) + end + "\r\n",
        "GET /api/notes" + end + "X-Big: " + "a".repeat(9000) + "\r\n\r\n",
        "GET /api/notes" + end + "X-Bad: a\u0001b\r\n\r\n",
        "POST /api/notes" + end + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n");
  }

  /** HTTP suggests 501 and 505 for these; the API answers no client mistake with a 5xx. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POST /api/categories HTTP/1.1 | Transfer-Encoding: gzip | Transfer-Encoding",
        "GET /api/categories HTTP/2.0  | Accept: */*             | HTTP version",
        "CONNECT localhost:80 HTTP/1.1 | Accept: */*             | not a proxy"
      })
  void givenARequestTomcatCannotRead_answer_is400SayingWhy(
      String requestLine, String header, String named) throws Exception {
    RawResponse response =
        raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + header + "\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("type").asString())
        .isEqualTo("https://notes.dev/problems/invalid-request");
    assertThat(response.json().path("detail").asString()).contains(named);
  }

  @Test
  void givenTrace_request_answers405ProblemForThePathAskedFor() throws Exception {
    RawResponse response = raw("TRACE /api/notes HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("instance").asString()).isEqualTo("/api/notes");
  }

  @Test
  void givenAnUnknownActuatorHealthPath_get_answers404Problem() throws Exception {
    HttpResponse<String> response = get("/actuator/health/no-such-group");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).path("type").asString())
        .isEqualTo("https://notes.dev/problems/not-found");
  }

  @Test
  void givenActuatorHealth_get_isUntouched() throws Exception {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("status").asString()).isEqualTo("UP");
  }

  @Test
  void givenSwaggerUiHtml_get_redirectsToTheUi() throws Exception {
    HttpResponse<String> redirect = get("/swagger-ui.html");
    HttpResponse<String> ui = get("/swagger-ui/index.html");

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValue("/swagger-ui/index.html");
    assertThat(ui.statusCode()).isEqualTo(200);
  }

  @Test
  void givenTheApiDocs_everyOperation_hasASummaryAnIdAndItsProblemResponses() throws Exception {
    JsonNode docs = json(get("/v3/api-docs"));
    List<JsonNode> operations = new ArrayList<>();
    docs.path("paths").forEach(path -> path.forEach(operations::add));

    assertThat(operations).hasSize(apiOperationCount());
    assertThat(operations)
        .allSatisfy(
            operation -> {
              assertThat(operation.path("summary").asString()).isNotBlank();
              assertThat(operation.path("operationId").asString()).doesNotContain("_");
              assertThat(operation.path("responses").propertyNames()).contains("500", "503");
              operation
                  .path("responses")
                  .properties()
                  .forEach(
                      response -> {
                        if (response.getKey().startsWith("2")) {
                          assertThat(response.getValue().path("content").propertyNames())
                              .doesNotContain("application/problem+json");
                        }
                      });
              operation.path("responses").forEach(response -> assertResolves(docs, response));
            });
  }

  @Test
  void givenTheApiDocs_theProblemSchema_requiresTheFourRfc9457Members() throws Exception {
    JsonNode problem = json(get("/v3/api-docs")).path("components").path("schemas").path("Problem");

    assertThat(problem.path("required").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("type", "title", "status", "detail");
  }

  /** Each path and method the web adapter's visible controllers map: what the docs must list. */
  private int apiOperationCount() {
    return handlerMapping.getHandlerMethods().entrySet().stream()
        .filter(handler -> handler.getValue().getBeanType().getPackageName().startsWith(WEB))
        .filter(handler -> !handler.getValue().getBeanType().isAnnotationPresent(Hidden.class))
        .mapToInt(
            handler ->
                handler.getKey().getPatternValues().size()
                    * Math.max(1, handler.getKey().getMethodsCondition().getMethods().size()))
        .sum();
  }

  private static void assertResolves(JsonNode docs, JsonNode response) {
    String ref = response.path("$ref").asString("");
    if (!ref.isEmpty()) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      assertThat(docs.path("components").path("responses").has(name)).as(ref).isTrue();
    }
  }

  /** A response read off the socket: HTTP/1.0 requests, so the body is never chunked. */
  private record RawResponse(int status, String head, String body) {

    String contentType() {
      return head.lines()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
          .map(line -> line.substring("content-type:".length()).strip())
          .findFirst()
          .orElse("");
    }

    JsonNode json() {
      return JsonMapper.shared().readTree(body);
    }
  }

  private RawResponse raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      // each raw request is one the server answers by closing; if it did not, fail, never hang
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      String body = split < 0 ? "" : response.substring(split + 4);
      return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, body);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }
}
