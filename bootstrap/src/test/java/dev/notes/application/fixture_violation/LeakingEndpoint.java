package dev.notes.application.fixture_violation;

import dev.notes.adapter.persistence.fixture_violation.StoredNote;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.shared.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Wrong on purpose (rule 10): a controller handing out domain and persistence types, bare and
 * wrapped. Kept out of dev.notes.adapter.web on purpose: the web adapter's @ComponentScan would
 * register it; the rule finds controllers by their annotation, wherever they are.
 */
@RestController
public class LeakingEndpoint {

  public Note note() {
    return null;
  }

  public ResponseEntity<List<Note>> notes() {
    return ResponseEntity.ok(List.of());
  }

  public Page<String, NoteId> page() {
    return null;
  }

  public ResponseEntity<Optional<StoredNote>> stored() {
    return ResponseEntity.ok(Optional.empty());
  }

  @GetMapping("/mapped")
  ResponseEntity<Note> mappedButNotPublic() {
    return ResponseEntity.ok(helper());
  }

  // right: a response model, and a private helper and a lambda that may hold a domain object
  public ResponseEntity<String> answered() {
    Function<Note, Note> same = note -> note;
    return ResponseEntity.ok(String.valueOf(same.apply(helper())));
  }

  private Note helper() {
    return null;
  }
}
