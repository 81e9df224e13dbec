package dev.notes.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.notes.domain.shared.InvalidValue;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A refused value is always an {@link InvalidValue} naming the value in the domain's words: a
 * caller that reports it (the web adapter names the request field) relies on that name.
 */
public final class InvalidValueAssertions {

  private InvalidValueAssertions() {}

  /** Asserts the refusal and the value it names; returns an assertion for checks of the message. */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable construction, String valueName) {
    Throwable thrown = catchThrowable(construction);
    assertThat(thrown).isInstanceOf(InvalidValue.class);
    assertThat(((InvalidValue) thrown).valueName()).as("value named").isEqualTo(valueName);
    return assertThat(thrown);
  }
}
