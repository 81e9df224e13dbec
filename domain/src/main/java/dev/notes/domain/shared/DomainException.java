package dev.notes.domain.shared;

/**
 * The family of business failures: a rule of Notes was broken, or what a caller named does not
 * exist. Each subtype says what happened in the domain's words; adapters translate each into their
 * own terms (the web adapter has one table for it) and none of them is a programming error.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }
}
