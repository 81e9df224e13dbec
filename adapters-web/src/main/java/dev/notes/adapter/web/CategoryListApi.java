package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The OpenAPI description of {@link CategoryListController}. */
@Tag(name = "Categories")
interface CategoryListApi {

  @Operation(
      summary = "List categories, or search them by name",
      description =
          "Ordered by name (ignoring case), then id; each with its note count. "
              + "Give q or name, not both.")
  @ApiResponse(responseCode = "200", description = "A page of categories")
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  PageResponse<CategoryResponse> listCategories(
      @Parameter(description = "Only names containing this text, ignoring case") String q,
      @Parameter(
              description =
                  "Only the category with this name, trimmed and ignoring case "
                      + "(a page of 0 or 1)")
          String name,
      @Parameter(description = "Page size, 1 to 200") int limit,
      @Parameter(description = "The nextCursor of the previous page") String cursor);
}
