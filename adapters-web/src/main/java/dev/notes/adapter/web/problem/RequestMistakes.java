package dev.notes.adapter.web.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ObjectUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.NotAcceptableStatusException;

/**
 * Says what was wrong with a request that Spring refused, in the client's terms: the parameter or
 * JSON field and the kind of value it takes, never a Java type name; the media types offered.
 */
final class RequestMistakes {

  private RequestMistakes() {}

  /**
   * The problem for a client mistake that Spring reports in its own terms, or null when Spring's
   * problem says it well enough. Its status may differ from Spring's: 413 for a body too large.
   */
  static @Nullable ProblemDetail explain(Exception mistake) {
    if (mistake instanceof TypeMismatchException mismatch) {
      return typeMismatch(mismatch);
    }
    if (mistake instanceof HttpMessageNotReadableException unreadable) {
      return JsonBodyMistakes.unreadableBody(unreadable);
    }
    if (mistake instanceof HttpMediaTypeNotSupportedException unsupported) {
      return unsupportedMediaType(unsupported);
    }
    if (mistake instanceof HttpRequestMethodNotSupportedException unsupported) {
      return methodNotSupported(unsupported);
    }
    return null;
  }

  /**
   * A path or query parameter that is not of its type ({@code ?limit=abc}, {@code /notes/0x10}).
   */
  static ProblemDetail typeMismatch(TypeMismatchException mismatch) {
    String field =
        mismatch instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : mismatch.getPropertyName();
    String value = ObjectUtils.nullSafeToString(mismatch.getValue());
    return InvalidFields.problem(
        String.valueOf(field),
        "must be " + kindOf(mismatch.getRequiredType()) + ", was '" + Shortened.of(value) + "'");
  }

  /** Spring's detail, with a method name of any length (up to Tomcat's 8 KB) cut short. */
  static ProblemDetail methodNotSupported(HttpRequestMethodNotSupportedException unsupported) {
    ProblemDetail problem = unsupported.getBody();
    problem.setDetail("Method '" + Shortened.of(unsupported.getMethod()) + "' is not supported.");
    return problem;
  }

  /**
   * Names what is offered: for the API only application/json (SuccessIsPlainJson). An Accept header
   * that cannot be parsed leaves Spring with nothing to name: a success is application/json.
   */
  static ErrorResponse notAcceptable(HttpMediaTypeNotAcceptableException unacceptable) {
    List<MediaType> supported = unacceptable.getSupportedMediaTypes();
    return new NotAcceptableStatusException(
        supported.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : supported);
  }

  /** Spring's detail says {@code Content-Type 'null'} when there is none it could parse. */
  static ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException unsupported) {
    ProblemDetail problem = unsupported.getBody();
    if (unsupported.getContentType() == null) {
      problem.setDetail(
          "the request's Content-Type is missing or cannot be parsed; send application/json");
    }
    return problem;
  }

  /** The words a client understands for the Java type a value had to fit. */
  static String kindOf(@Nullable Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Long.class || type == long.class) {
      return "a whole number up to " + Long.MAX_VALUE;
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number up to " + Integer.MAX_VALUE;
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a JSON object";
  }
}
