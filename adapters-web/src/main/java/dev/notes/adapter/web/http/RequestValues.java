package dev.notes.adapter.web.http;

import dev.notes.domain.shared.InvalidValue;
import java.beans.PropertyEditorSupport;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the API reads the values of a request, in two steps.
 *
 * <p>Binding: numbers in paths and query parameters are plain ASCII decimal digits. Spring's own
 * conversion also reads hexadecimal ({@code 0x10}, {@code #10}) and other scripts' digits, and
 * ignores white space; here each of those is a type mismatch, 400 naming the parameter. A property
 * editor, because when a converter refuses a value Spring falls back to its lenient default editor,
 * and a custom editor comes before both. A leading minus is read, so that {@code -1} gets the
 * precise answer from the rule that refuses it.
 *
 * <p>Building domain values: a refusal is blamed on the request's own name for the value (the
 * domain says {@code category name}, the client sent {@code categoryName}).
 */
@ControllerAdvice(basePackages = "dev.notes.adapter.web")
public class RequestValues {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

  @InitBinder
  void decimalDigitsOnly(WebDataBinder binder) {
    binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf));
    binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf));
    binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf));
    binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf));
  }

  /** The value the factory makes, a refusal relabelled to the request's {@code field}. */
  public static <T> T field(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValue refused) {
      throw new InvalidValue(field, refused.getMessage());
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

  /** Empty is no value, as with Spring's editors: a default or "not given" applies. */
  private static final class DecimalEditor extends PropertyEditorSupport {

    private final Function<String, Number> parse;

    DecimalEditor(Function<String, Number> parse) {
      this.parse = parse;
    }

    /** Overflow fails in {@code valueOf}, with a NumberFormatException: a type mismatch too. */
    @Override
    public void setAsText(String text) {
      if (text == null || text.isEmpty()) {
        setValue(null);
      } else if (DECIMAL.matcher(text).matches()) {
        setValue(parse.apply(text));
      } else {
        throw new IllegalArgumentException("not a number in ASCII decimal digits");
      }
    }
  }
}
