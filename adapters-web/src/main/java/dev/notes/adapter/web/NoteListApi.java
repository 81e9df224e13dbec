package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The OpenAPI description of {@link NoteListController}. */
@Tag(name = "Notes")
interface NoteListApi {

  String LIMIT = "Page size, 1 to 200";
  String CURSOR = "The nextCursor of the previous page";

  @Operation(
      summary = "List notes, newest first",
      description =
          "All notes, one category's (an unknown category has none), or the "
              + "uncategorized ones; optionally only those whose text contains q, ignoring case.")
  @ApiResponse(responseCode = "200", description = "A page of notes")
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  PageResponse<NoteResponse> listNotes(
      @Parameter(description = "Only this category's notes") Long categoryId,
      @Parameter(description = "Only notes without a category; not with categoryId")
          boolean uncategorized,
      @Parameter(description = "Only texts containing this, ignoring case; % and _ are literal")
          String q,
      @Parameter(description = LIMIT) int limit,
      @Parameter(description = CURSOR) String cursor);

  @Operation(summary = "List a category's notes, newest first")
  @ApiResponse(responseCode = "200", description = "A page of notes")
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  PageResponse<NoteResponse> listCategoryNotes(
      long id,
      @Parameter(description = LIMIT) int limit,
      @Parameter(description = CURSOR) String cursor);
}
