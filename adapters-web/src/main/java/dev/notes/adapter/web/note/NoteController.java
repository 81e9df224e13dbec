package dev.notes.adapter.web.note;

import static dev.notes.adapter.web.problem.ProblemKind.NOT_FOUND;
import static dev.notes.adapter.web.problem.ProblemKind.STALE_VERSION;
import static dev.notes.adapter.web.problem.ProblemKind.UNKNOWN_CATEGORY;

import dev.notes.adapter.web.http.EntityTags;
import dev.notes.adapter.web.http.RequestValues;
import dev.notes.adapter.web.problem.Fails;
import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.CreateNoteUseCase.CreateNoteCommand;
import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.application.port.in.DeleteNoteUseCase.DeleteNoteCommand;
import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.in.EditNoteUseCase.EditNoteCommand;
import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notes")
@RestController
@RequestMapping(NoteController.PATH)
class NoteController {

  static final String PATH = "/api/notes";

  private final CreateNoteUseCase createNote;
  private final GetNoteUseCase getNote;
  private final EditNoteUseCase editNote;
  private final DeleteNoteUseCase deleteNote;

  NoteController(
      CreateNoteUseCase createNote,
      GetNoteUseCase getNote,
      EditNoteUseCase editNote,
      DeleteNoteUseCase deleteNote) {
    this.createNote = createNote;
    this.getNote = getNote;
    this.editNote = editNote;
    this.deleteNote = deleteNote;
  }

  @Operation(
      summary = "Create a note",
      description =
          "In the category categoryId, or in the category categoryName (created when "
              + "missing, in the same transaction), or in none; not both.")
  @Fails(UNKNOWN_CATEGORY)
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<NoteResponse> createNote(@RequestBody NoteRequest request) {
    Note created = createNote.createNote(request.read(CreateNoteCommand::new));
    return EntityTags.created(
        PATH, created.id().value(), created.version(), NoteResponse.of(created));
  }

  @Operation(
      summary = "Get a note, with its category",
      description = "The ETag is its version, for If-Match on an edit.")
  @Fails(NOT_FOUND)
  @GetMapping("/{id}")
  ResponseEntity<NoteResponse> getNote(@PathVariable long id) {
    Note note = getNote.getNote(RequestValues.id("id", id, NoteId::new));
    return EntityTags.ok(note.version(), NoteResponse.of(note));
  }

  @Operation(
      summary = "Replace a note's text and category",
      description = "Without categoryId and categoryName the note becomes uncategorized.")
  @Fails({NOT_FOUND, STALE_VERSION, UNKNOWN_CATEGORY})
  @PutMapping(
      path = "/{id}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<NoteResponse> editNote(
      @PathVariable long id,
      @RequestBody NoteRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    NoteId noteId = RequestValues.id("id", id, NoteId::new);
    Note edited =
        editNote.editNote(
            request.read(
                (text, category) ->
                    new EditNoteCommand(noteId, text, category, EntityTags.ifMatch(ifMatch))));
    return EntityTags.ok(edited.version(), NoteResponse.of(edited));
  }

  @Operation(
      summary = "Delete a note (never its category)",
      description =
          "Its category stays, even when it has no notes left. With If-Match, only while the"
              + " stored version is one of those given (412 otherwise, nothing deleted).")
  @Fails({NOT_FOUND, STALE_VERSION})
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{id}")
  void deleteNote(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    deleteNote.deleteNote(
        new DeleteNoteCommand(
            RequestValues.id("id", id, NoteId::new), EntityTags.ifMatch(ifMatch)));
  }
}
