package dev.notes.adapter.web.guard;

import dev.notes.adapter.web.problem.BodyEncoded;
import dev.notes.adapter.web.problem.BodyTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies the API does not read: those over {@code maxBytes}, and content-coded
 * ones. Tomcat limits only form posts, and a chunked body has no Content-Length to check up front,
 * so the body stream itself counts: it fails with {@link BodyTooLarge} at once when the declared
 * length is too big, otherwise at the first byte past the limit. A body with a {@code
 * Content-Encoding} other than {@code identity} fails with {@link BodyEncoded} when it is opened:
 * read as it is, a gzipped body would be a 400 about a control character, and a plain one labelled
 * {@code br} would be taken for what it is not. Either failure surfaces inside the MVC dispatch,
 * where the problem advice answers 413 or 415; a request that carries no body is never refused for
 * its headers.
 */
public final class BodyLimitsFilter extends OncePerRequestFilter {

  public static final long MAX_BODY_BYTES = 1024 * 1024;

  private final long maxBytes;

  public BodyLimitsFilter(long maxBytes) {
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
      String coding = getHeader(HttpHeaders.CONTENT_ENCODING);
      if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
        throw new BodyEncoded(coding.strip());
      }
      if (body == null) {
        body = new LimitedInputStream(super.getInputStream());
      }
      return body;
    }

    /**
     * The wrapped request's reader would bypass the limit. An unknown encoding fails with the
     * UnsupportedEncodingException the servlet API promises: InputStreamReader throws it.
     */
    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(getInputStream(), encoding == null ? "UTF-8" : encoding));
    }
  }

  private final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private long bytesRead;

    LimitedInputStream(ServletInputStream body) {
      this.body = body;
    }

    @Override
    public int read() throws IOException {
      int next = body.read();
      if (next != -1) {
        count(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = body.read(buffer, offset, length);
      return read > 0 ? count(read) : read;
    }

    /** Returns the bytes just read, once they are known to fit. */
    private int count(int bytes) throws BodyTooLarge {
      bytesRead += bytes;
      if (bytesRead > maxBytes) {
        throw new BodyTooLarge(maxBytes);
      }
      return bytes;
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }
}
