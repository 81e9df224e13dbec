package dev.notes.adapter.web.problem;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ObjectUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.NotAcceptableStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what was wrong with a request that could not be read or answered, in the client's terms: the
 * JSON field or parameter and the kind of value it takes, never a Java type name; the media types
 * offered.
 */
final class RequestMistakes {

  private RequestMistakes() {}

  /**
   * A path or query parameter that is not of its type ({@code ?limit=abc}, {@code /notes/0x10}).
   */
  static ProblemDetail typeMismatch(TypeMismatchException mismatch) {
    String field =
        mismatch instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : mismatch.getPropertyName();
    String value = ObjectUtils.nullSafeToString(mismatch.getValue());
    return ProblemKind.invalidField(
        String.valueOf(field),
        "must be "
            + kindOf(mismatch.getRequiredType())
            + ", was '"
            + (value.length() <= 40 ? value : value.substring(0, 40) + "...")
            + "'");
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

  static ProblemDetail unreadableBody(HttpMessageNotReadableException unreadable) {
    Optional<BodyTooLarge> tooLarge = cause(unreadable, BodyTooLarge.class);
    if (tooLarge.isPresent()) {
      return ProblemKind.BODY_TOO_LARGE.problem(tooLarge.get().getMessage());
    }
    JacksonException json = cause(unreadable, JacksonException.class).orElse(null);
    if (json == null) {
      // Spring's own refusal of an empty body or of the JSON literal null
      return ProblemKind.UNREADABLE_BODY.problem("the request body is missing; send a JSON object");
    }
    if (json instanceof JacksonIOException) {
      return ProblemKind.UNREADABLE_BODY.problem("the request body could not be read");
    }
    if (json instanceof UnexpectedEndOfInputException) {
      // Jackson's own words would name where the unclosed object began, and its own settings
      return ProblemKind.UNREADABLE_BODY.problem(
          "the request body is not well-formed JSON: it ends before its JSON value is complete");
    }
    String field = fieldPath(json);
    if (json instanceof UnrecognizedPropertyException unknown) {
      return ProblemKind.invalidField(
          field, "is not a known property; known are " + known(unknown));
    }
    if (json instanceof MismatchedInputException mismatch) {
      return field.isEmpty()
          ? ProblemKind.UNREADABLE_BODY.problem("the request body must be a JSON object")
          : ProblemKind.invalidField(field, "must be " + kindOf(mismatch.getTargetType()));
    }
    if (json instanceof InputCoercionException outOfRange && !field.isEmpty()) {
      return ProblemKind.invalidField(field, "must be " + kindOf(outOfRange.getTargetType()));
    }
    return ProblemKind.UNREADABLE_BODY.problem(
        "the request body is not well-formed JSON: " + json.getOriginalMessage());
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

  /** Frameworks wrap what went wrong; this finds the one failure that matters. */
  static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }

  private static String fieldPath(JacksonException json) {
    return json.getPath().stream()
        .map(
            ref ->
                ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String known(UnrecognizedPropertyException unknown) {
    return unknown.getKnownPropertyIds().stream()
        .map(String::valueOf)
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
