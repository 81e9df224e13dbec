package dev.notes.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@link #MAX_BODY_BYTES}. Tomcat limits only form posts, and a chunked
 * body has no Content-Length to check up front, so the body stream itself counts: it fails with
 * {@link BodyTooLarge} at once when the declared length is too big, otherwise at the first byte
 * past the limit. The failure surfaces inside the MVC dispatch, where the advice answers 413 with a
 * problem body.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

  static final long MAX_BODY_BYTES = 1024 * 1024;

  private final long maxBytes;

  BodySizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new LimitedRequest(request), response);
  }

  private final class LimitedRequest extends HttpServletRequestWrapper {

    private ServletInputStream body;

    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (getContentLengthLong() > maxBytes) {
        throw new BodyTooLarge(maxBytes);
      }
      if (body == null) {
        body = new LimitedInputStream(super.getInputStream(), maxBytes);
      }
      return body;
    }

    /** The wrapped request's reader would bypass the limit. */
    @Override
    public BufferedReader getReader() throws IOException {
      return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    private Charset charset() throws UnsupportedEncodingException {
      String encoding = getCharacterEncoding();
      try {
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (IllegalArgumentException unknown) {
        throw new UnsupportedEncodingException(encoding); // what the servlet API promises
      }
    }
  }
}
