package dev.notes.adapter.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in paths and query parameters ({@code /api/notes/7}, {@code limit}, {@code categoryId})
 * are plain ASCII decimal digits. Spring's own conversion also reads hexadecimal ({@code 0x10},
 * {@code #10}), other scripts' digits ({@code １}, {@code ٣}) and ignores surrounding white space,
 * so that {@code /api/categories/0x10} would be category 16; here each of those is a type mismatch:
 * 400 naming the parameter.
 *
 * <p>A property editor, not a converter: when a converter refuses a value, Spring's data binder
 * falls back to its default (lenient) editor, and a custom editor comes before both.
 *
 * <p>A leading minus sign is read, so that {@code -1} gets the precise answer (an id must be
 * positive, a limit at least 1) from the rule that refuses it; a plus sign is not.
 */
@ControllerAdvice(basePackageClasses = StrictNumbers.class)
class StrictNumbers {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

  @InitBinder
  void decimalDigitsOnly(WebDataBinder binder) {
    binder.registerCustomEditor(long.class, new Editor(Long::valueOf));
    binder.registerCustomEditor(Long.class, new Editor(Long::valueOf));
    binder.registerCustomEditor(int.class, new Editor(Integer::valueOf));
    binder.registerCustomEditor(Integer.class, new Editor(Integer::valueOf));
  }

  /** Empty is no value, as with Spring's editors: a default or "not given" applies. */
  private static final class Editor extends PropertyEditorSupport {

    private final Function<String, Number> parse;

    Editor(Function<String, Number> parse) {
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
