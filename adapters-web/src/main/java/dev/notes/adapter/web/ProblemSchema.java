package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;

/**
 * What a problem body looks like, for the OpenAPI description only; the advice sends ProblemDetail.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem details object")
record ProblemSchema(
    @Schema(
            requiredMode = RequiredMode.REQUIRED,
            format = "uri",
            example = "https://notes.dev/problems/invalid-request",
            description = "The kind of problem: https://notes.dev/problems/{kind}, or about:blank")
        String type,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Invalid request") String title,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "400") int status,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "name must not be blank") String detail,
    @Schema(format = "uri-reference", example = "/api/categories") String instance,
    @Schema(description = "The fields at fault; only on invalid-request problems")
        List<FieldError> errors) {}
