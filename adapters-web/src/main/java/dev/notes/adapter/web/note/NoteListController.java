package dev.notes.adapter.web.note;

import static dev.notes.adapter.web.problem.ProblemKind.NOT_FOUND;

import dev.notes.adapter.web.category.CategoryController;
import dev.notes.adapter.web.http.RequestValues;
import dev.notes.adapter.web.paging.CursorCodec;
import dev.notes.adapter.web.paging.PageResponse;
import dev.notes.adapter.web.problem.Fails;
import dev.notes.application.port.in.ListCategoryNotesUseCase;
import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notes")
@RestController
class NoteListController {

  private final ListNotesUseCase listNotes;
  private final ListCategoryNotesUseCase listCategoryNotes;
  private final CursorCodec cursors;

  NoteListController(
      ListNotesUseCase listNotes, ListCategoryNotesUseCase listCategoryNotes, CursorCodec cursors) {
    this.listNotes = listNotes;
    this.listCategoryNotes = listCategoryNotes;
    this.cursors = cursors;
  }

  @Operation(
      summary = "List notes, newest first",
      description =
          "All notes, one category's (an unknown category has none), or the "
              + "uncategorized ones; optionally only those whose text contains q, ignoring case. "
              + "A search with q reads a bounded number of notes per request (a setting of the "
              + "service): when it reaches the bound before the page is "
              + "full, the page is short, even empty, and nextCursor continues where it stopped. "
              + "Follow nextCursor until it is null to see every match. Searches share a budget "
              + "of the database's time: when many run at once a search may wait its turn, and "
              + "one whose turn is further off than the service allows (a setting) answers 503 "
              + "with Retry-After.")
  @GetMapping(NoteController.PATH)
  PageResponse<NoteResponse> listNotes(
      @Parameter(description = "Only this category's notes") // a positive id: OpenApiDescription
          @RequestParam(required = false)
          @Nullable Long categoryId,
      @Parameter(description = "Only notes without a category; not with categoryId")
          @RequestParam(required = false)
          @Nullable Boolean uncategorized,
      @Parameter(
              description =
                  "Only texts containing this, ignoring case; % and _ are literal. A page may be "
                      + "short or empty and still have a nextCursor (see above).")
          @RequestParam(required = false)
          @Nullable String q,
      @RequestParam(required = false) @Nullable Integer limit,
      @RequestParam(required = false) @Nullable String cursor) {
    PageRequest<NotePosition> page = cursors.notePage(cursor, limit);
    Optional<CategoryId> category =
        Optional.ofNullable(categoryId)
            .map(raw -> RequestValues.id("categoryId", raw, CategoryId::new));
    NoteFilter filter =
        RequestValues.field(
            "uncategorized",
            () ->
                new NoteFilter(
                    category, Boolean.TRUE.equals(uncategorized), Optional.ofNullable(q)));
    return PageResponse.of(listNotes.listNotes(filter, page), NoteResponse::of, cursors::encode);
  }

  @Operation(
      summary = "List a category's notes, newest first",
      description =
          "Unlike GET /api/notes?categoryId=, an unknown category is a 404, not an empty page.")
  @Fails(NOT_FOUND)
  @GetMapping(CategoryController.PATH + "/{id}/notes")
  PageResponse<NoteResponse> listCategoryNotes(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer limit,
      @RequestParam(required = false) @Nullable String cursor) {
    PageRequest<NotePosition> page = cursors.notePage(cursor, limit);
    CategoryId category = RequestValues.id("id", id, CategoryId::new);
    return PageResponse.of(
        listCategoryNotes.listCategoryNotes(category, page), NoteResponse::of, cursors::encode);
  }
}
