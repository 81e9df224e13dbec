package dev.notes.adapter.web;

import dev.notes.application.port.in.ListCategoryNotesUseCase;
import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.PageRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(
    produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class NoteListController implements NoteListApi {

  private final ListNotesUseCase listNotes;
  private final ListCategoryNotesUseCase listCategoryNotes;
  private final CursorCodec cursors;

  NoteListController(
      ListNotesUseCase listNotes, ListCategoryNotesUseCase listCategoryNotes, CursorCodec cursors) {
    this.listNotes = listNotes;
    this.listCategoryNotes = listCategoryNotes;
    this.cursors = cursors;
  }

  @Override
  @GetMapping(NoteController.PATH)
  public PageResponse<NoteResponse> listNotes(
      @RequestParam(required = false) @Nullable Long categoryId,
      @RequestParam(defaultValue = "false") boolean uncategorized,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = PageRequests.DEFAULT_LIMIT) int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    PageRequest<NotePosition> page = PageRequests.of(cursor, limit, cursors::decodeNotePosition);
    NoteFilter filter =
        new NoteFilter(
            Optional.ofNullable(categoryId)
                .map(raw -> RequestValues.id("categoryId", raw, CategoryId::new)),
            uncategorized,
            Optional.ofNullable(q));
    return PageResponse.of(listNotes.listNotes(filter, page), NoteResponse::of, cursors::encode);
  }

  @Override
  @GetMapping(CategoryController.PATH + "/{id}/notes")
  public PageResponse<NoteResponse> listCategoryNotes(
      @PathVariable long id,
      @RequestParam(defaultValue = PageRequests.DEFAULT_LIMIT) int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    PageRequest<NotePosition> page = PageRequests.of(cursor, limit, cursors::decodeNotePosition);
    CategoryId category = RequestValues.id("id", id, CategoryId::new);
    return PageResponse.of(
        listCategoryNotes.listCategoryNotes(category, page), NoteResponse::of, cursors::encode);
  }
}
