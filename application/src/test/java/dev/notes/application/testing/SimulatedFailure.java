package dev.notes.application.testing;

/** A failure a test caused on purpose (a failed statement or commit), never a bug of the code. */
public final class SimulatedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SimulatedFailure(String message) {
    super(message);
  }
}
