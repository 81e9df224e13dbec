package dev.notes.adapter.web.guard;

import dev.notes.adapter.web.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a problem body to an error answered without one: actuator answers an unknown health path
 * ({@code /actuator/health/liveness}) with a bare 404, for instance. Whatever wrote a body, or
 * called {@code sendError} (answered by the ProblemReportValve), is left alone.
 */
public final class EmptyErrorBodyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BodyWatchingResponse watched = new BodyWatchingResponse(response);
    chain.doFilter(request, watched);
    if (watched.isErrorWithoutBody()) {
      ProblemWriter.write(response, response.getStatus(), request);
    }
  }

  /** Notes whether a body was started or sendError called; holds back an early flush. */
  private static final class BodyWatchingResponse extends HttpServletResponseWrapper {

    private boolean bodyStarted;
    private boolean errorSent;

    BodyWatchingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      bodyStarted = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      bodyStarted = true;
      return super.getWriter();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      errorSent = true;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      errorSent = true;
      super.sendError(status);
    }

    /** An empty error flushed now could get no body later; anything else flushes as asked. */
    @Override
    public void flushBuffer() throws IOException {
      if (!isErrorWithoutBody()) {
        super.flushBuffer();
      }
    }

    boolean isErrorWithoutBody() {
      return getStatus() >= 400 && !bodyStarted && !errorSent && !isCommitted();
    }
  }
}
