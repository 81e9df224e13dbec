package dev.notes.adapter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems for answers made outside Spring MVC (a servlet filter, Tomcat's error report valve),
 * with the members Spring would write, so that a client cannot tell where the answer was made.
 * Their detail is generic on purpose: what the container knows may be an exception message.
 */
public final class ProblemWriter {

  /** Tomcat could not decode the query string, or it had too many parameters. */
  public static final String UNDECODABLE_QUERY =
      "the query string cannot be read: each % must start an escape of two hexadecimal digits"
          + " that spell UTF-8, and there may be no more parameters than the server's limit";

  /** Writes a problem as Spring's converter does: its mixin puts the properties beside the rest. */
  private static final JsonMapper JSON =
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  private ProblemWriter() {}

  /**
   * The problem for an error status that nothing described, about the path the client asked. The
   * two 5xx Tomcat answers to a request it cannot read are the client's mistake, so 400 here: HTTP
   * suggests 501 for a Transfer-Encoding the server does not implement, and 505 for an HTTP version
   * it does not speak, but the API answers no client mistake with a 5xx.
   */
  public static ProblemDetail forStatus(int status, String method, String requestUri) {
    ProblemDetail problem =
        switch (status) {
          case 404 -> noEndpoint(method, requestUri);
          case 405 ->
              ProblemKind.METHOD_NOT_ALLOWED.problem(
                  "the method is not allowed here; the Allow header lists those that are");
          case 501 ->
              ProblemKind.INVALID_REQUEST.problem(
                  "CONNECT".equals(method)
                      ? "CONNECT is not served here: this is an API, not a proxy"
                      : "the request's Transfer-Encoding is not one the server reads: send the"
                          + " body with a Content-Length, or chunked");
          case 408 ->
              complete(
                  408,
                  "the request did not arrive in time: the connection stalled while it was being"
                      + " sent; send it again, whole");
          case 505 ->
              ProblemKind.INVALID_REQUEST.problem(
                  "the request's HTTP version is not one the server speaks: use HTTP/1.1");
          default -> refused(status);
        };
    return withInstance(problem, requestUri);
  }

  /** The 404 of a path no endpoint serves, whether Spring MVC or Tomcat found that out. */
  static ProblemDetail noEndpoint(String method, String requestUri) {
    return ProblemKind.NOT_FOUND.problem(
        "there is no endpoint " + method + " " + Shortened.of(requestUri));
  }

  /** A request refused for a reason only the container knows: a status and a generic detail. */
  public static ProblemDetail refused(int status) {
    return complete(
        status,
        status >= 500
            ? ProblemKind.INTERNAL_ERROR.example()
            : "the request was refused before it reached the API");
  }

  private static ProblemDetail complete(int status, String detail) {
    return ProblemKind.complete(
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail));
  }

  /**
   * {@code instance} as Spring sets it: the path the client asked for, if it is a valid URI. The
   * target of a CONNECT ({@code host:port}) is no path: it would read as a URI of scheme "host".
   */
  public static ProblemDetail withInstance(ProblemDetail problem, String requestUri) {
    if (!requestUri.startsWith("/")) {
      return problem;
    }
    try {
      problem.setInstance(URI.create(requestUri));
    } catch (IllegalArgumentException notAUri) {
      // leave it out rather than echo something that is not a URI
    }
    return problem;
  }

  public static String json(ProblemDetail problem) {
    return JSON.writeValueAsString(problem);
  }

  /** The whole answer: status, content type and body. The response must not be committed. */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** For a filter: the request's method and path go into the problem. */
  public static void write(HttpServletResponse response, int status, HttpServletRequest request)
      throws IOException {
    write(response, forStatus(status, request.getMethod(), request.getRequestURI()));
  }
}
