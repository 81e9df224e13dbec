package dev.notes.bootstrap.datasource;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Keeps Spring Boot from printing its failure report and stack trace for {@link
 * DatabaseWait.DatabaseUnreachable}: {@link DatabaseWait} has already said, in one line, which
 * database did not answer. Every other start-up failure is reported by Spring Boot as usual.
 * Registered in {@code META-INF/spring.factories}, the only way to add a reporter.
 */
public final class DatabaseUnreachableReporter implements SpringBootExceptionReporter {

  @Override
  public boolean reportException(Throwable failure) {
    return failure instanceof DatabaseWait.DatabaseUnreachable;
  }
}
