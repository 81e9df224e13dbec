package dev.notes.adapter.web.problem;

import dev.notes.domain.shared.InvalidValue;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;

/**
 * The {@code invalid-request} problem for values at fault: its detail names each field and says
 * what is wrong with it, and its {@code errors} list them for programs, in the order found.
 */
public final class InvalidFields {

  private InvalidFields() {}

  /** One field, by the request's word for it (a JSON property, a parameter). */
  public static ProblemDetail problem(String field, String message) {
    return listing(List.of(new ProblemBody.FieldError(field, message)));
  }

  /** Several values refused at once, each already named by the request's word for it. */
  public static ProblemDetail problem(List<InvalidValue> refusals) {
    return listing(
        refusals.stream()
            .map(refused -> new ProblemBody.FieldError(refused.valueName(), refused.getMessage()))
            .toList());
  }

  private static ProblemDetail listing(List<ProblemBody.FieldError> errors) {
    ProblemDetail problem =
        ProblemKind.INVALID_REQUEST.problem(
            errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    return problem;
  }
}
