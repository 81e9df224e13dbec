package dev.notes.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case as one transaction: everything the work stores is kept together, or nothing is.
 * The work may be run again from the start when the database asks for it (a deadlock victim), so it
 * must do nothing outside the repositories that it cannot do twice.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);
}
