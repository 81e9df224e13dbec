package dev.notes.adapter.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One INFO line per request: method, path, status, duration. Only the path: the query string can
 * hold a search text ({@code q}), and bodies hold note texts, which are the users' own business. A
 * request Tomcat refuses before any filter runs gets its line from {@link ProblemReportValve}.
 */
public final class RequestLoggingFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

  /** The request attribute that says a request has, or will have, its line. */
  static final String LOGGED = RequestLoggingFilter.class.getName() + ".LOGGED";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    request.setAttribute(LOGGED, Boolean.TRUE);
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      long millis = (System.nanoTime() - start) / 1_000_000;
      // an exception that escapes every handler becomes a 500 after this filter has returned
      int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
      line(request.getMethod(), request.getRequestURI(), status, millis);
    }
  }

  static void line(String method, String path, int status, long millis) {
    log.info("{} {} {} {}ms", method, path, status, millis);
  }
}
