package dev.notes.domain.shared;

/**
 * A value broke a rule of its type. {@link #valueName()} says which value in the domain's words
 * ({@code category name}, {@code page size}); an adapter that took the value from somewhere names
 * that place itself (a JSON field, a query parameter).
 */
public final class InvalidValue extends DomainException {

  private static final long serialVersionUID = 1L;

  private final String valueName;

  public InvalidValue(String valueName, String message) {
    super(message);
    this.valueName = valueName;
  }

  public String valueName() {
    return valueName;
  }
}
