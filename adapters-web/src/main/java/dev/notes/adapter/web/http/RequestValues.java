package dev.notes.adapter.web.http;

import dev.notes.adapter.web.problem.InvalidFields;
import dev.notes.domain.shared.InvalidValue;
import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the API reads the values of a request, in two steps.
 *
 * <p>Binding: numbers in paths and query parameters are plain ASCII decimal digits, and booleans
 * are {@code true} or {@code false}. Spring's own conversion also reads hexadecimal ({@code 0x10},
 * {@code #10}), other scripts' digits and {@code yes}, {@code on} or {@code 1} for true, ignores
 * white space, and takes an empty value for no value; here each of those is a type mismatch, 400
 * naming the parameter. A property editor, because when a converter refuses a value Spring falls
 * back to its lenient default editor, and a custom editor comes before both. A leading minus is
 * read, so that {@code -1} gets the precise answer from the rule that refuses it. A parameter with
 * a default ({@code limit}, {@code uncategorized}) is therefore optional in the controller, which
 * applies the default: Spring would put it in place of an empty value before any editor ran.
 *
 * <p>Building domain values: a refusal is blamed on the request's own name for the value (the
 * domain says {@code category name}, the client sent {@code categoryName}).
 */
@ControllerAdvice(basePackages = "dev.notes.adapter.web")
public class RequestValues {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");
  private static final Pattern BOOLEAN = Pattern.compile("true|false");

  @InitBinder
  void strictValues(WebDataBinder binder) {
    binder.registerCustomEditor(long.class, new StrictEditor(DECIMAL, Long::valueOf));
    binder.registerCustomEditor(Long.class, new StrictEditor(DECIMAL, Long::valueOf));
    binder.registerCustomEditor(int.class, new StrictEditor(DECIMAL, Integer::valueOf));
    binder.registerCustomEditor(Integer.class, new StrictEditor(DECIMAL, Integer::valueOf));
    binder.registerCustomEditor(boolean.class, new StrictEditor(BOOLEAN, Boolean::valueOf));
    binder.registerCustomEditor(Boolean.class, new StrictEditor(BOOLEAN, Boolean::valueOf));
  }

  /** The value the factory makes, a refusal relabelled to the request's {@code field}. */
  public static <T> T field(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValue refused) {
      throw new InvalidValue(field, refused.getMessage());
    }
  }

  /**
   * Two values of one request, built together: when both are refused, one answer names both, so
   * that a client can correct them at once.
   */
  public static <A, B, R> R both(Supplier<A> first, Supplier<B> second, BiFunction<A, B, R> whole) {
    List<InvalidValue> refusals = new ArrayList<>();
    A a = attempt(first, refusals);
    B b = attempt(second, refusals);
    if (refusals.size() > 1) {
      throw new ErrorResponseException(
          HttpStatus.BAD_REQUEST, InvalidFields.problem(refusals), null);
    }
    if (!refusals.isEmpty()) {
      throw refusals.get(0);
    }
    return whole.apply(a, b);
  }

  private static <T> @Nullable T attempt(Supplier<T> factory, List<InvalidValue> refusals) {
    try {
      return factory.get();
    } catch (InvalidValue refused) {
      refusals.add(refused);
      return null;
    }
  }

  /** The value, or empty when the domain refuses it: for a lookup that then finds nothing. */
  public static <T> Optional<T> ifValid(Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (InvalidValue refused) {
      return Optional.empty();
    }
  }

  /**
   * An id the client sent. Ids come from the database, so the domain refuses a non-positive one as
   * a bug (IllegalArgumentException); coming from a client it is a mistake: 400.
   */
  public static <T> T id(String field, long raw, LongFunction<T> factory) {
    try {
      return factory.apply(raw);
    } catch (IllegalArgumentException refused) {
      throw new InvalidValue(field, "must be a positive whole number, was " + raw);
    }
  }

  /** A value of exactly the given shape, or a type mismatch (an empty value included). */
  private static final class StrictEditor extends PropertyEditorSupport {

    private final Pattern shape;
    private final Function<String, Object> parse;

    StrictEditor(Pattern shape, Function<String, Object> parse) {
      this.shape = shape;
      this.parse = parse;
    }

    /** Overflow fails in {@code valueOf}, with a NumberFormatException: a type mismatch too. */
    @Override
    public void setAsText(String text) {
      if (text != null && !shape.matcher(text).matches()) {
        throw new IllegalArgumentException("not a value of the parameter's type");
      }
      setValue(text == null ? null : parse.apply(text));
    }
  }
}
