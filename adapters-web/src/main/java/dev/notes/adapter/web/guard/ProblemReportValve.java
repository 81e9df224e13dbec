package dev.notes.adapter.web.guard;

import dev.notes.adapter.web.problem.ProblemWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The container's error answers as problem+json instead of Tomcat's HTML page: the requests Tomcat
 * refuses before any servlet sees them (a {@code %00} or {@code %FF} in the path, a request line or
 * header over 8 KB, a malformed header or Content-Length, TRACE), a {@code sendError}, an exception
 * that escaped every filter. There is no error page (notes-web.properties): everything that reaches
 * Spring MVC is answered there, and this valve speaks only when nothing was written. The detail is
 * generic on purpose: what Tomcat knows may be an exception message; {@code instance} is the path
 * the client asked for. A request refused before any filter ran gets its request log line here.
 */
public final class ProblemReportValve extends ErrorReportValve {

  /** What the log line shows for a part of the request line Tomcat could not read. */
  private static final String UNREAD = "-";

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      logUnlogged(request, status);
      return;
    }
    String method = request.getMethod();
    String uri = request.getRequestURI();
    ProblemDetail problem =
        method == null || uri == null
            ? ProblemWriter.refused(status)
            : ProblemWriter.forStatus(status, method, uri);
    logUnlogged(request, problem.getStatus());
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setStatus(problem.getStatus()); // a request Tomcat could not read is a 400
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(ProblemWriter.json(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException cannotAnswer) {
      // the connection is gone or the response was taken over: nothing more to say
    }
  }

  /** The request log line of an error answered before (or without) {@link RequestLoggingFilter}. */
  private static void logUnlogged(Request request, int status) {
    if (status < 400 || request.getAttribute(RequestLoggingFilter.LOGGED) != null) {
      return;
    }
    request.setAttribute(RequestLoggingFilter.LOGGED, Boolean.TRUE);
    long started = request.getCoyoteRequest().getStartTime();
    RequestLoggingFilter.line(
        Objects.requireNonNullElse(request.getMethod(), UNREAD),
        Objects.requireNonNullElse(request.getRequestURI(), UNREAD),
        status,
        started > 0 ? Math.max(0, System.currentTimeMillis() - started) : 0);
  }

  /**
   * Puts the valve where Tomcat's would be, on the host. Last of the customizers, so that it
   * replaces the ErrorReportValve Spring Boot installs.
   */
  public static final class Installer
      implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            if (context.getParent() instanceof StandardHost host) {
              for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                  host.getPipeline().removeValve(valve);
                }
              }
              host.setErrorReportValveClass(ProblemReportValve.class.getName());
              host.getPipeline().addValve(new ProblemReportValve());
            }
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
