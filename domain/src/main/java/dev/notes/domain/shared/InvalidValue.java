package dev.notes.domain.shared;

/** A value broke a rule of its type; {@link #field()} names the value (e.g. {@code name}). */
public final class InvalidValue extends DomainException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidValue(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
