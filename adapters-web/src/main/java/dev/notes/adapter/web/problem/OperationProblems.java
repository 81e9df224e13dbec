package dev.notes.adapter.web.problem;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Which failures each operation lists in the OpenAPI description: what any operation can meet (400,
 * 406, 500, 503; 413 and 415 where it reads a body) and the kinds its method names with {@link
 * Fails}, each a reference to its response in {@link ProblemResponses}.
 */
@Component
class OperationProblems implements OperationCustomizer {

  private static final List<ProblemKind> ANY_OPERATION =
      List.of(
          ProblemKind.INVALID_REQUEST,
          ProblemKind.NOT_ACCEPTABLE,
          ProblemKind.INTERNAL_ERROR,
          ProblemKind.STORAGE_UNAVAILABLE);
  private static final List<ProblemKind> WITH_BODY =
      List.of(ProblemKind.BODY_TOO_LARGE, ProblemKind.UNSUPPORTED_MEDIA_TYPE);

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    List<ProblemKind> kinds = new ArrayList<>(ANY_OPERATION);
    Optional.ofNullable(handler.getMethodAnnotation(Fails.class))
        .ifPresent(fails -> kinds.addAll(List.of(fails.value())));
    if (Arrays.stream(handler.getMethodParameters())
        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
      kinds.addAll(WITH_BODY);
    }
    if (handler.hasMethodAnnotation(DeleteMapping.class)) {
      kinds.remove(ProblemKind.NOT_ACCEPTABLE); // 204 has no body to negotiate
    }
    kinds.forEach(
        kind ->
            operation
                .getResponses()
                .addApiResponse(
                    String.valueOf(kind.status().value()),
                    new ApiResponse()
                        .$ref("#/components/responses/" + ProblemResponses.componentName(kind))));
    return operation;
  }
}
