package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of {@link CategoryController}; the routes are on the controller. */
@Tag(name = "Categories")
interface CategoryApi {

  String IF_MATCH =
      "The ETag last read (\"3\"), or a list of them: refused with 412 if the stored version is"
          + " none of them. * or no header: any version.";

  @Operation(summary = "Create a category")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = "Location", description = "/api/categories/{id}"),
        @Header(name = "ETag", description = "The version, as a strong tag: \"0\"")
      })
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "409", ref = ProblemResponses.NAME_TAKEN)
  ResponseEntity<CategoryResponse> createCategory(CategoryRequest request);

  @Operation(summary = "Get a category, with its note count")
  @ApiResponse(
      responseCode = "200",
      description = "The category",
      headers = @Header(name = "ETag", description = "The version, as a strong tag: \"3\""))
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  ResponseEntity<CategoryResponse> getCategory(long id);

  @Operation(
      summary = "Find the category with this name, ignoring case",
      description =
          "The name is trimmed and compared ignoring case; the answer has the stored "
              + "spelling. A name that no category could have is simply not found.")
  @ApiResponse(
      responseCode = "200",
      description = "The category",
      headers = @Header(name = "ETag", description = "The version, as a strong tag: \"3\""))
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  ResponseEntity<CategoryResponse> getCategoryByName(@Parameter(example = "Tech") String name);

  @Operation(summary = "Rename a category")
  @ApiResponse(
      responseCode = "200",
      description = "The renamed category",
      headers = @Header(name = "ETag", description = "The new version, as a strong tag"))
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  @ApiResponse(responseCode = "409", ref = ProblemResponses.NAME_TAKEN)
  @ApiResponse(responseCode = "412", ref = ProblemResponses.STALE_VERSION)
  ResponseEntity<CategoryResponse> renameCategory(
      long id, CategoryRequest request, @Parameter(description = IF_MATCH) String ifMatch);

  @Operation(summary = "Delete a category that has no notes")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  @ApiResponse(responseCode = "409", ref = ProblemResponses.CATEGORY_HAS_NOTES)
  ResponseEntity<Void> deleteCategory(long id);
}
