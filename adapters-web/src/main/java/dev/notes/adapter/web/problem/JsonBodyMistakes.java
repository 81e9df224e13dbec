package dev.notes.adapter.web.problem;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body that could not be read as the JSON object an endpoint
 * takes: too large, missing, malformed, or a member of the wrong kind, named by its path in the
 * JSON; in Jackson's words where they help, never with the names of its classes and settings.
 */
final class JsonBodyMistakes {

  /** Where Jackson names a setting of its own: to allow, or the limit it enforced. */
  private static final Pattern JACKSON_SETTINGS =
      Pattern.compile(
          ": enable `[^`]*` to allow|, from `[^`]*`|"
              + " \\(not recognized as one since Feature '\\w+' not enabled for parser\\)");

  private JsonBodyMistakes() {}

  static ProblemDetail unreadableBody(HttpMessageNotReadableException unreadable) {
    Optional<BodyTooLarge> tooLarge = cause(unreadable, BodyTooLarge.class);
    if (tooLarge.isPresent()) {
      return ProblemKind.BODY_TOO_LARGE.problem(tooLarge.get().getMessage());
    }
    Optional<BodyEncoded> encoded = cause(unreadable, BodyEncoded.class);
    if (encoded.isPresent()) {
      return ProblemKind.UNSUPPORTED_MEDIA_TYPE.problem(encoded.get().getMessage());
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
      return InvalidFields.problem(field, "is not a known property; known are " + known(unknown));
    }
    if (json instanceof MismatchedInputException mismatch) {
      return field.isEmpty()
          ? ProblemKind.UNREADABLE_BODY.problem(wholeBody(mismatch))
          : InvalidFields.problem(
              field, "must be " + RequestMistakes.kindOf(mismatch.getTargetType()));
    }
    if (json instanceof InputCoercionException outOfRange && !field.isEmpty()) {
      return InvalidFields.problem(
          field, "must be " + RequestMistakes.kindOf(outOfRange.getTargetType()));
    }
    return ProblemKind.UNREADABLE_BODY.problem(
        "the request body is not well-formed JSON: " + withoutSettings(json.getOriginalMessage()));
  }

  /** What is wrong with the body as a whole: Jackson tells these apart only in its words. */
  private static String wholeBody(MismatchedInputException mismatch) {
    String message = mismatch.getOriginalMessage();
    if (message.startsWith("No content")) {
      return "the request body is missing; send a JSON object"; // only white space
    }
    return message.startsWith("Trailing token")
        ? "the request body must be one JSON object, with nothing after it"
        : "the request body must be a JSON object";
  }

  /**
   * Jackson's description of malformed JSON, without the names of its own settings and classes that
   * it adds ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`}): a client cannot change
   * them. Should a new Jackson add another kind, the detail says only where the JSON broke.
   */
  static String withoutSettings(String message) {
    String plain = JACKSON_SETTINGS.matcher(message).replaceAll("");
    return plain.contains("`") || plain.contains("Feature") ? "it cannot be parsed" : plain;
  }

  /**
   * Frameworks wrap what went wrong; this finds the one failure that matters. Bounded: two
   * exceptions may name each other as cause.
   */
  static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
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
