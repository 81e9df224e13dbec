package dev.notes.adapter.web.category;

import dev.notes.adapter.web.http.RequestValues;
import dev.notes.adapter.web.http.SchemaPatterns;
import dev.notes.domain.category.CategoryName;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST and PUT /api/categories; the name's rules are the domain's. */
@Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record CategoryRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description =
                "1 to 10 characters (code points) once trimmed, no control characters; unique"
                    + " ignoring case. The lengths here count what is sent: send it trimmed.",
            minLength = 1,
            maxLength = CategoryName.MAX_CODE_POINTS,
            pattern = SchemaPatterns.CATEGORY_NAME,
            example = "tech")
        String name) {

  CategoryName categoryName() {
    return RequestValues.field("name", () -> new CategoryName(name));
  }
}
