package dev.notes.adapter.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every read of the API in full: Spring would answer 304 Not Modified to a GET whose {@code
 * If-None-Match} lists the resource's ETag, so this hides that header and {@code If-Modified-Since}
 * from it. The ETag is the version of a resource's own fields, which is what {@code If-Match}
 * needs; but a category's {@code noteCount} and the name of a note's category change without it,
 * and a 304 would tell a client to keep a representation that is no longer current.
 */
public final class UnconditionalReadsFilter extends OncePerRequestFilter {

  private static final Set<String> HIDDEN =
      Set.of(
          HttpHeaders.IF_NONE_MATCH.toLowerCase(Locale.ROOT),
          HttpHeaders.IF_MODIFIED_SINCE.toLowerCase(Locale.ROOT));

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !(method.equals("GET") || method.equals("HEAD"))
        || !request.getRequestURI().startsWith("/api/")
        || (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
            && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new WithoutValidators(request), response);
  }

  private static final class WithoutValidators extends HttpServletRequestWrapper {

    WithoutValidators(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
      return hidden(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
    }

    private static boolean hidden(String name) {
      return HIDDEN.contains(name.toLowerCase(Locale.ROOT));
    }
  }
}
