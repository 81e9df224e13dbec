package dev.notes.bootstrap.galera;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link Galera}. */
final class GaleraAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String reason = GaleraCluster.unavailableReason();
    if (reason.isEmpty()) {
      return ConditionEvaluationResult.enabled("galera-4 and mariadbd are installed");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true, so tests that need a Galera cluster fail: " + reason);
    }
    if (context.getTestMethod().isEmpty()) {
      System.err.printf(
          "%n**********%n*** SKIPPED %s: %s%n**********%n%n", context.getDisplayName(), reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
