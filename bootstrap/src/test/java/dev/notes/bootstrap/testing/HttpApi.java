package dev.notes.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A caller of the running service over real HTTP, as any REST client would be. */
public final class HttpApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public HttpApi(int port) {
    this.base = "http://localhost:" + port;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response delete(String path, String ifMatch) {
    return send(request(path).header("If-Match", ifMatch).DELETE());
  }

  public Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Response put(String path, String json, String ifMatch) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(body(json)));
  }

  public Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  /** Builds a JSON string literal, escaping what JSON requires. */
  public static String quote(String text) {
    return JSON.writeValueAsString(text);
  }

  /** One HTTP answer: status, headers and the body as text and as JSON. */
  public record Response(HttpResponse<String> raw) {

    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public long id() {
      return json().get("id").asLong();
    }

    @Override
    public String toString() {
      return raw.request().method() + " " + raw.uri() + " -> " + status() + " " + body();
    }
  }
}
