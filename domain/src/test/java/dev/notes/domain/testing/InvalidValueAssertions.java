package dev.notes.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.notes.domain.shared.InvalidValue;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A refused value is always an {@link InvalidValue} naming its field: adapters turn the field into
 * the {@code errors[].field} of a problem body, so a wrong field name is a visible bug.
 */
public final class InvalidValueAssertions {

  private InvalidValueAssertions() {}

  /** Asserts the refusal and its field; returns an assertion on it for checks of the message. */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable construction, String field) {
    Throwable thrown = catchThrowable(construction);
    assertThat(thrown).isInstanceOf(InvalidValue.class);
    assertThat(((InvalidValue) thrown).field()).as("field of the refusal").isEqualTo(field);
    return assertThat(thrown);
  }
}
