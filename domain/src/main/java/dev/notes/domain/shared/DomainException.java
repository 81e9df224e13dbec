package dev.notes.domain.shared;

/**
 * A rule of Notes was broken. Adapters translate each subtype into their own terms (an HTTP status,
 * an exit code); none of them is a programming error.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }
}
