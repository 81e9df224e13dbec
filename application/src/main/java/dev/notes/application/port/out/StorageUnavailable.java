package dev.notes.application.port.out;

/**
 * The place where notes are kept cannot serve the request right now: the database is down or does
 * not answer in time, or it stayed too contended to finish the work after retries, or the kind of
 * work asked for already takes all of the database it may have. The caller may try again later. A
 * read, or a write that got no connection, did nothing; a write whose connection broke while its
 * statement or commit was under way may have been applied, and the service cannot know. The message
 * never holds connection details such as passwords; the cause is for the log only.
 */
public final class StorageUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private StorageUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageUnavailable(Throwable cause) {
    this("the database cannot be reached right now; try again later", cause);
  }

  /** The database answered, but kept refusing the work for lock contention, retries included. */
  public static StorageUnavailable busy(Throwable cause) {
    return new StorageUnavailable(
        "the database is too busy to finish this right now; try again later", cause);
  }

  /**
   * The database did not finish the statement within the time a statement may take, and cancelled
   * it: a search over many long texts, say. It answered; it was not unreachable.
   */
  public static StorageUnavailable tooSlow(Throwable cause) {
    return new StorageUnavailable(
        "the database did not finish this within the time allowed; try again later", cause);
  }

  /**
   * Every connection to the database was in use for as long as a request may wait for one: the
   * database answers, but this service has no room for more work at the moment.
   */
  public static StorageUnavailable saturated(Throwable cause) {
    return new StorageUnavailable(
        "every connection to the database is in use right now; try again later", cause);
  }

  /** This kind of work already takes all of the database it may have for now. */
  public static StorageUnavailable rationed(String work) {
    return new StorageUnavailable(
        work + " take all of the database they may have right now; try again later", null);
  }

  /**
   * For the log, in one line: the failure at the bottom of the causes (the refused connection, the
   * pool's timeout), or this one's message when nothing is behind it. The wrappers above it add
   * lines of their own (MyBatis: the statement's SQL) and nothing about the outage.
   */
  public String reason() {
    Throwable root = this;
    // bounded: two exceptions may name each other as cause
    for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
      root = root.getCause();
    }
    String reason = root == this ? getMessage() : root.toString();
    int lineEnd = reason.indexOf('\n');
    return lineEnd < 0 ? reason : reason.substring(0, lineEnd).strip();
  }
}
