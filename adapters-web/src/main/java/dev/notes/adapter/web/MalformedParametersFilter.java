package dev.notes.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that cannot be decoded ({@code ?q=%zz}, {@code ?q=%FF}) with a 400
 * problem, before anything else reads it. Tomcat parses the parameters on first use and throws from
 * every {@code getParameter} call after a failure (an {@link IllegalStateException}, as the Servlet
 * API says), which would be a 500 wherever it surfaced: in a filter, a controller, or actuator.
 *
 * <p>Requests whose body holds parameters (a form or multipart POST) are left alone: reading their
 * parameters would read the body, and the API refuses such bodies with 415 anyway.
 */
final class MalformedParametersFilter extends OncePerRequestFilter {

  static final String DETAIL =
      "the query string cannot be read: each % must start an escape of two hexadecimal digits"
          + " that spell UTF-8, and there may be no more parameters than the server's limit";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!bodyHoldsParameters(request)) {
      try {
        request.getParameterMap();
      } catch (IllegalStateException undecodable) {
        ProblemWriter.write(response, problem(request.getRequestURI()));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static ProblemDetail problem(String requestUri) {
    ProblemDetail problem = ProblemKind.INVALID_REQUEST.problem(DETAIL);
    ProblemWriter.setInstance(problem, requestUri);
    return problem;
  }

  private static boolean bodyHoldsParameters(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
  }
}
