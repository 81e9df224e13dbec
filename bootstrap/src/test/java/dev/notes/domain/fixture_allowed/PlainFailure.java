package dev.notes.domain.fixture_allowed;

/**
 * Right on purpose (rule 2b): an exception like the domain's own; RuntimeException is Serializable
 * and this one has a serialVersionUID, which is no dependency on java.io.
 */
public final class PlainFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlainFailure(String message) {
    super(message);
  }
}
