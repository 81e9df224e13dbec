package dev.notes.adapter.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem where Spring MVC cannot: in a servlet filter, or in Tomcat's error report valve.
 * The body has the members Spring would write (type, title, status, detail, instance and any
 * properties), so a client cannot tell where the answer was made.
 */
final class ProblemWriter {

  private ProblemWriter() {}

  static String json(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    URI instance = problem.getInstance();
    if (instance != null) {
      body.put("instance", instance.toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return JsonMapper.shared().writeValueAsString(body);
  }

  /** The whole answer: status, content type and body. The response must not be committed. */
  static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** {@code instance} as Spring sets it: the path the client asked for, if it is a valid URI. */
  static void setInstance(ProblemDetail problem, String requestUri) {
    try {
      problem.setInstance(URI.create(requestUri));
    } catch (IllegalArgumentException notAUri) {
      // leave it out rather than echo something that is not a URI
    }
  }
}
