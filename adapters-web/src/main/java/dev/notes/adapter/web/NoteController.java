package dev.notes.adapter.web;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.CreateNoteUseCase.CreateNoteCommand;
import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.in.EditNoteUseCase.EditNoteCommand;
import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteText;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(
    path = NoteController.PATH,
    produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class NoteController implements NoteApi {

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

  @Override
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<NoteResponse> createNote(@RequestBody NoteRequest request) {
    Note created =
        createNote.createNote(new CreateNoteCommand(request.noteText(), request.categoryChoice()));
    return Responses.created(
        PATH, created.id().value(), created.version(), NoteResponse.of(created));
  }

  @Override
  @GetMapping("/{id}")
  public ResponseEntity<NoteResponse> getNote(@PathVariable long id) {
    return answer(getNote.getNote(RequestValues.id("id", id, NoteId::new)));
  }

  @Override
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<NoteResponse> editNote(
      @PathVariable long id,
      @RequestBody NoteRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    NoteId noteId = RequestValues.id("id", id, NoteId::new);
    NoteText text = request.noteText();
    CategoryChoice category = request.categoryChoice();
    Note edited =
        EntityTags.ifMatch(
            ifMatch,
            "note " + id,
            () -> getNote.getNote(noteId).version(),
            expected -> editNote.editNote(new EditNoteCommand(noteId, text, category, expected)));
    return answer(edited);
  }

  @Override
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> deleteNote(@PathVariable long id) {
    deleteNote.deleteNote(RequestValues.id("id", id, NoteId::new));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<NoteResponse> answer(Note note) {
    return Responses.ok(note.version(), NoteResponse.of(note));
  }
}
