package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.domain.category.CategoryName;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What only a real server shows: Tomcat in front (chunked bodies, encoded paths), springdoc's
 * endpoints, and the auto-configuration the bootstrap module will have.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@MockedUseCases
class OverHttpTest {

  private final HttpClient http = HttpClient.newHttpClient();
  @LocalServerPort int port;
  @Autowired FindCategoryByNameUseCase findCategoryByName;

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

  @Test
  void givenAPathThatIsNotValidUrlEncoding_get_isRefusedByTomcatWith400() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket
          .getOutputStream()
          .write(
              "GET /api/notes/%G1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400");
    }
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

    assertThat(operations).hasSize(12);
    assertThat(operations)
        .allSatisfy(
            operation -> {
              assertThat(operation.path("summary").asString()).isNotBlank();
              assertThat(operation.path("operationId").asString()).doesNotContain("_");
              assertThat(operation.path("responses").propertyNames()).contains("500", "503");
              operation.path("responses").forEach(response -> assertResolves(docs, response));
            });
  }

  @Test
  void givenTheApiDocs_theProblemSchema_requiresTheFourRfc9457Members() throws Exception {
    JsonNode problem = json(get("/v3/api-docs")).path("components").path("schemas").path("Problem");

    assertThat(problem.path("required").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("type", "title", "status", "detail");
  }

  private static void assertResolves(JsonNode docs, JsonNode response) {
    String ref = response.path("$ref").asString("");
    if (!ref.isEmpty()) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      assertThat(docs.path("components").path("responses").has(name)).as(ref).isTrue();
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
