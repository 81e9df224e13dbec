package dev.notes.adapter.persistence.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link MariaDb}. */
public final class MariaDbAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> reason = MariaDbServer.unreachableReason();
    if (reason.isEmpty()) {
      return ConditionEvaluationResult.enabled("MariaDB answers at " + MariaDbServer.baseUrl());
    }
    String message =
        "MariaDB does not answer at "
            + MariaDbServer.baseUrl()
            + " as "
            + MariaDbServer.USERNAME
            + " ("
            + reason.get()
            + "). Start it with: "
            + MariaDbServer.START_COMMAND
            + " (or point -D"
            + MariaDbServer.URL_PROPERTY
            + " at another server).";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true, so tests that need MariaDB fail: " + message);
    }
    if (context.getTestMethod().isEmpty()) {
      System.err.printf(
          "%n**********%n*** SKIPPED %s: %s%n**********%n%n", context.getDisplayName(), message);
    }
    return ConditionEvaluationResult.disabled(message);
  }
}
