package dev.notes.adapter.web.problem;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a problem body looks like, for the OpenAPI description ({@link ProblemResponses}):
 * ProblemAdvice and ProblemWriter send Spring's ProblemDetail, whose extra properties this names.
 * Its {@code errors} hold {@link FieldError}s themselves, so their members keep this order.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem details object")
record ProblemBody(
    @Schema(
            requiredMode = REQUIRED,
            format = "uri",
            example = ProblemKind.TYPE_BASE + "invalid-request")
        String type,
    @Schema(requiredMode = REQUIRED, example = "Invalid request") String title,
    @Schema(requiredMode = REQUIRED, example = "400") int status,
    @Schema(requiredMode = REQUIRED, example = "name must not be blank") String detail,
    @Schema(format = "uri-reference", example = "/api/notes") String instance,
    @Schema(description = "The fields at fault; only on invalid-request problems")
        List<FieldError> errors,
    @Schema(description = "The notes in the way; only on category-has-notes problems")
        Long noteCount) {

  @Schema(description = "A field at fault, and what is wrong with it")
  record FieldError(
      @Schema(requiredMode = REQUIRED, example = "name") String field,
      @Schema(requiredMode = REQUIRED, example = "must not be blank") String message) {}
}
