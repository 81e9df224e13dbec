package dev.notes.adapter.web.guard;

import dev.notes.adapter.web.problem.InvalidFields;
import dev.notes.adapter.web.problem.ProblemKind;
import dev.notes.adapter.web.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem and before anything else reads it, a query string that cannot be
 * decoded ({@code ?q=%zz}, {@code ?q=%FF}) and, on the API, a parameter given more than once.
 * Tomcat parses the parameters on first use and throws from every {@code getParameter} call after a
 * failure, which would be a 500 wherever it surfaced; and Spring would join a repeated parameter
 * with commas ({@code q=a&q=b} is the search text {@code a,b}) or report it as a Java array.
 *
 * <p>Requests whose body holds parameters (a form or multipart POST) are left alone: reading their
 * parameters would read the body, and the API refuses such bodies with 415 anyway. So are requests
 * without a query string, most of them: they have no parameter to check, and parsing none is not
 * free (about 1 % of a {@code GET /api/notes/{id}}'s CPU in a profile).
 */
public final class MalformedParametersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ProblemDetail refusal =
        request.getQueryString() == null || bodyHoldsParameters(request) ? null : refusal(request);
    if (refusal != null) {
      ProblemWriter.write(response, ProblemWriter.withInstance(refusal, request.getRequestURI()));
      return;
    }
    chain.doFilter(request, response);
  }

  private static ProblemDetail refusal(HttpServletRequest request) {
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalStateException undecodable) {
      return ProblemKind.INVALID_REQUEST.problem(ProblemWriter.UNDECODABLE_QUERY);
    }
    if (!request.getRequestURI().startsWith("/api/")) {
      return null;
    }
    return parameters.entrySet().stream()
        .filter(parameter -> parameter.getValue().length > 1)
        .findFirst()
        .map(
            repeated ->
                InvalidFields.problem(
                    repeated.getKey(),
                    "must be given once, was given " + repeated.getValue().length + " times"))
        .orElse(null);
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
