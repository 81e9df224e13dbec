package dev.notes.adapter.web;

import dev.notes.domain.category.CategoryName;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST and PUT /api/categories; the name's rules are the domain's. */
record CategoryRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "1 to 10 characters once trimmed; unique ignoring case",
            example = "tech")
        String name) {

  CategoryName categoryName() {
    return new CategoryName(name);
  }
}
