package dev.notes.adapter.web.problem;

import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Where failures become HTTP inside Spring MVC: each failure of the domain and application gets the
 * problem {@link ProblemKind} maps it to; Spring's own exceptions (405, 415, ...) get bodies as
 * precise as ours; anything else is a defect, answered 500 and logged with its stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ExceptionHandler({DomainException.class, StorageUnavailable.class})
  ResponseEntity<Object> failure(RuntimeException e, WebRequest request) {
    ProblemDetail problem = ProblemKind.problemFor(e).orElse(null);
    if (problem == null) {
      log.error("{} is not mapped: add it to ProblemKind", e.getClass().getName());
      return unexpected(e, request);
    }
    HttpHeaders headers = new HttpHeaders();
    if (e instanceof StorageUnavailable unavailable) {
      log.warn("{}: storage unavailable: {}", describe(request), unavailable.reason());
      headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return handleExceptionInternal(e, problem, headers, problem(problem), request);
  }

  /** A filter that read parameters Tomcat could not decode: the client's mistake, not ours. */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> undecodableQuery(InvalidParameterException e, WebRequest request) {
    ProblemDetail problem = ProblemKind.INVALID_REQUEST.problem(ProblemWriter.UNDECODABLE_QUERY);
    return handleExceptionInternal(e, problem, new HttpHeaders(), problem(problem), request);
  }

  /** Never the exception's message: it may hold SQL, class names or worse. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    ProblemDetail problem =
        ProblemKind.INTERNAL_ERROR.problem(ProblemKind.INTERNAL_ERROR.example());
    return handleExceptionInternal(e, problem, new HttpHeaders(), problem(problem), request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ErrorResponse offered = RequestMistakes.notAcceptable(e);
    return handleExceptionInternal(e, offered.getBody(), offered.getHeaders(), status, request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpServletRequest http = ((ServletWebRequest) request).getRequest();
    ProblemDetail problem = ProblemWriter.noEndpoint(http.getMethod(), http.getRequestURI());
    return handleExceptionInternal(e, problem, headers, status, request);
  }

  /**
   * Every answer passes here. A client's mistake that Spring reported in its own terms is explained
   * in the client's ({@link RequestMistakes}); a server-side failure is logged with its stack
   * trace, unless it was only a client that went away before its answer was written (no defect).
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (status.is5xxServerError()
        && !(e instanceof StorageUnavailable)
        && !DisconnectedClientHelper.isClientDisconnectedException(e)) {
      log.error("{}: unexpected failure", describe(request), e);
    }
    HttpServletResponse response = ((ServletWebRequest) request).getResponse();
    if (response != null && response.isCommitted()) {
      // Tomcat has answered already (a body that stalled: 408): Spring would log a WARN for each
      return null;
    }
    ProblemDetail explained = status.is4xxClientError() ? RequestMistakes.explain(e) : null;
    if (explained == null) {
      return super.handleExceptionInternal(e, body, headers, status, request);
    }
    HttpHeaders explainedHeaders = headers;
    if (explained.getStatus() == 415 && !headers.containsHeader(HttpHeaders.ACCEPT)) {
      // a content-coded body is a 415 made from an unreadable one: it names the type too
      explainedHeaders = HttpHeaders.copyOf(headers);
      explainedHeaders.setAccept(List.of(MediaType.APPLICATION_JSON));
    }
    return super.handleExceptionInternal(
        e, explained, explainedHeaders, problem(explained), request);
  }

  /**
   * Every answer is made here: a complete problem, sent as problem+json whatever the Accept header
   * says (even one that cannot be parsed): a client that made a mistake still learns which. A GET
   * may have set the resource's ETag before writing its body failed (406); the problem has none.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
    HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
    problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    HttpServletResponse response = ((ServletWebRequest) request).getResponse();
    if (response != null && response.containsHeader(HttpHeaders.ETAG)) {
      response.setHeader(HttpHeaders.ETAG, null);
    }
    return super.createResponseEntity(
        ProblemKind.complete(problem), problemHeaders, status, request);
  }

  private static HttpStatusCode problem(ProblemDetail problem) {
    return HttpStatusCode.valueOf(problem.getStatus());
  }

  private static String describe(WebRequest request) {
    HttpServletRequest http = ((ServletWebRequest) request).getRequest();
    return http.getMethod() + " " + http.getRequestURI();
  }
}
