package dev.notes.adapter.web;

import dev.notes.application.port.in.CategoryNotFound;
import dev.notes.application.port.in.NoteNotFound;
import dev.notes.application.port.in.StaleVersion;
import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.category.UnknownCategory;
import dev.notes.domain.shared.DomainException;
import dev.notes.domain.shared.InvalidValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP: RFC 9457 problem details, each with a {@code type} from
 * {@link ProblemKind}, a title, the status and a detail. Spring's base class maps its own
 * exceptions (405, 406, 415, ...); the overrides below make those bodies as precise as ours.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ExceptionHandler(InvalidValue.class)
  ResponseEntity<Object> invalidValue(InvalidValue e, WebRequest request) {
    return answer(e, ProblemKind.invalidField(e.field(), e.getMessage()), request);
  }

  @ExceptionHandler({CategoryNotFound.class, NoteNotFound.class})
  ResponseEntity<Object> notFound(DomainException e, WebRequest request) {
    return answer(e, ProblemKind.NOT_FOUND.problem(e.getMessage()), request);
  }

  @ExceptionHandler(CategoryNameTaken.class)
  ResponseEntity<Object> nameTaken(CategoryNameTaken e, WebRequest request) {
    return answer(e, ProblemKind.NAME_TAKEN.problem(e.getMessage()), request);
  }

  @ExceptionHandler(CategoryStillHasNotes.class)
  ResponseEntity<Object> categoryHasNotes(CategoryStillHasNotes e, WebRequest request) {
    ProblemDetail problem = ProblemKind.CATEGORY_HAS_NOTES.problem(e.getMessage());
    problem.setProperty("noteCount", e.noteCount());
    return answer(e, problem, request);
  }

  @ExceptionHandler(StaleVersion.class)
  ResponseEntity<Object> staleVersion(StaleVersion e, WebRequest request) {
    return answer(e, ProblemKind.STALE_VERSION.problem(e.getMessage()), request);
  }

  @ExceptionHandler(UnknownCategory.class)
  ResponseEntity<Object> unknownCategory(UnknownCategory e, WebRequest request) {
    return answer(e, ProblemKind.UNKNOWN_CATEGORY.problem(e.getMessage()), request);
  }

  /** A rule added to the domain before it got its own mapping is still the client's problem. */
  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> ruleBroken(DomainException e, WebRequest request) {
    return answer(e, ProblemKind.RULE_BROKEN.problem(e.getMessage()), request);
  }

  /**
   * The message says which case it is (unreachable, or too contended); it is a fixed text that
   * never holds connection details. The cause, which might, goes to the log only.
   */
  @ExceptionHandler(StorageUnavailable.class)
  ResponseEntity<Object> storageUnavailable(StorageUnavailable e, WebRequest request) {
    log.warn("{}: storage unavailable: {}", describe(request), String.valueOf(e.getCause()));
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    String detail =
        Objects.requireNonNullElse(e.getMessage(), ProblemKind.STORAGE_UNAVAILABLE.defaultDetail());
    return handleExceptionInternal(
        e,
        ProblemKind.STORAGE_UNAVAILABLE.problem(detail),
        headers,
        HttpStatus.SERVICE_UNAVAILABLE,
        request);
  }

  /**
   * Tomcat could not decode the parameters. {@link MalformedParametersFilter} refuses such a query
   * string before the API sees it; this is for parameters read some other way.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> undecodableParameters(InvalidParameterException e, WebRequest request) {
    return answer(
        e, ProblemKind.INVALID_REQUEST.problem(MalformedParametersFilter.DETAIL), request);
  }

  /** Never the exception's message: it may hold SQL, class names or worse. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    return answer(e, ProblemKind.INTERNAL_ERROR.problem(), request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field =
        e instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : e.getPropertyName();
    String message =
        "must be " + ValueKinds.of(e.getRequiredType()) + ", was '" + shorten(e.getValue()) + "'";
    return handleExceptionInternal(
        e, ProblemKind.invalidField(field, message), headers, status, request);
  }

  /**
   * The endpoints produce problem+json for their errors only (see {@link SuccessIsPlainJson}), so
   * it is no representation a client could ask for instead.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<MediaType> representations =
        e.getSupportedMediaTypes().stream()
            .filter(type -> !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(type))
            .toList();
    if (representations.size() == e.getSupportedMediaTypes().size()) {
      return super.handleHttpMediaTypeNotAcceptable(e, headers, status, request);
    }
    HttpHeaders answerHeaders = HttpHeaders.copyOf(headers);
    answerHeaders.setAccept(representations);
    ProblemDetail problem =
        ProblemKind.NOT_ACCEPTABLE.problem("Acceptable representations: " + representations + ".");
    return handleExceptionInternal(e, problem, answerHeaders, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        Causes.find(e, BodyTooLarge.class)
            .map(tooLarge -> ProblemKind.BODY_TOO_LARGE.problem(tooLarge.getMessage()))
            .orElseGet(() -> UnreadableBodies.describe(e));
    return handleExceptionInternal(
        e, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return handleExceptionInternal(e, noEndpoint(request), headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleNoHandlerFoundException(
      NoHandlerFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return handleExceptionInternal(e, noEndpoint(request), headers, status, request);
  }

  /** Every answer passes here; a server-side failure is logged with its stack trace. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (status.is5xxServerError() && !(e instanceof StorageUnavailable)) {
      log.error("{}: unexpected failure", describe(request), e);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  /**
   * Every answer is made here: each problem gets a type, a title and a detail, and is sent as
   * problem+json whatever the Accept header says (even one that cannot be parsed): a client that
   * made a mistake still learns which.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
    HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
    problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    withoutETag(request);
    return super.createResponseEntity(
        ProblemKind.complete(problem), problemHeaders, status, request);
  }

  /**
   * A GET sets the resource's ETag before its body is written; when writing it then fails (a 406
   * for a client that accepts only problem+json), the problem must not carry that tag.
   */
  private static void withoutETag(WebRequest request) {
    HttpServletResponse response =
        ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
    if (response != null && response.containsHeader(HttpHeaders.ETAG)) {
      response.setHeader(HttpHeaders.ETAG, null);
    }
  }

  private ResponseEntity<Object> answer(Exception e, ProblemDetail problem, WebRequest request) {
    return handleExceptionInternal(
        e, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
  }

  private static ProblemDetail noEndpoint(WebRequest request) {
    return ProblemKind.NOT_FOUND.problem("there is no endpoint " + describe(request));
  }

  private static String describe(WebRequest request) {
    HttpServletRequest http =
        ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    return http == null ? "request" : http.getMethod() + " " + http.getRequestURI();
  }

  private static String shorten(@Nullable Object value) {
    String text = String.valueOf(value);
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
