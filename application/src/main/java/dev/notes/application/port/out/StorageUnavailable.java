package dev.notes.application.port.out;

/**
 * The place where notes are kept cannot be reached right now (the database is down, or does not
 * answer in time). Nothing was decided about the request: the caller may try again later. The
 * message never holds connection details such as passwords; the cause is for the log only.
 */
public final class StorageUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageUnavailable(Throwable cause) {
    super("the database cannot be reached right now; try again later", cause);
  }
}
