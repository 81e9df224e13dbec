package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of {@link NoteController}; the routes are on the controller. */
@Tag(name = "Notes")
interface NoteApi {

  @Operation(
      summary = "Create a note",
      description =
          "In the category categoryId, or in the category categoryName (created when "
              + "missing, in the same transaction), or in none; not both.")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = "Location", description = "/api/notes/{id}"),
        @Header(name = "ETag", description = "The version, as a strong tag: \"0\"")
      })
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_CATEGORY)
  ResponseEntity<NoteResponse> createNote(NoteRequest request);

  @Operation(summary = "Get a note, with its category")
  @ApiResponse(
      responseCode = "200",
      description = "The note",
      headers = @Header(name = "ETag", description = "The version, as a strong tag: \"3\""))
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  ResponseEntity<NoteResponse> getNote(long id);

  @Operation(
      summary = "Replace a note's text and category",
      description = "Without categoryId and categoryName the note becomes uncategorized.")
  @ApiResponse(
      responseCode = "200",
      description = "The note as stored",
      headers = @Header(name = "ETag", description = "The new version, as a strong tag"))
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  @ApiResponse(responseCode = "412", ref = ProblemResponses.STALE_VERSION)
  @ApiResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_CATEGORY)
  ResponseEntity<NoteResponse> editNote(
      long id, NoteRequest request, @Parameter(description = CategoryApi.IF_MATCH) String ifMatch);

  @Operation(summary = "Delete a note (never its category)")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  ResponseEntity<Void> deleteNote(long id);
}
