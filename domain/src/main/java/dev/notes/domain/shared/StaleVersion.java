package dev.notes.domain.shared;

/** The change was based on a version that is no longer the current one; nothing was changed. */
public final class StaleVersion extends DomainException {

  private static final long serialVersionUID = 1L;

  public StaleVersion(String what, long expected, long current) {
    super(what + " is at version " + current + ", not " + expected + "; read it again and retry");
  }

  public StaleVersion(String what) {
    super(what + " was changed by someone else meanwhile; read it again and retry");
  }
}
