package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of a validation problem's {@code errors}: which request field, and what is wrong. */
record FieldError(
    @Schema(example = "name") String field,
    @Schema(example = "must be at most 10 characters, was 11") String message) {}
