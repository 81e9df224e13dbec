package dev.notes.adapter.web.note;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.note.Note;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** {@code category} is always written, as {@code null} for an uncategorized note. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "text", "category", "createdAt", "updatedAt", "version"})
record NoteResponse(
    long id,
    String text,
    CategorySummary category,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static NoteResponse of(Note note) {
    return new NoteResponse(
        note.id().value(),
        note.text().value(),
        note.category().map(CategorySummary::of).orElse(null),
        note.createdAt(),
        note.updatedAt(),
        note.version());
  }

  @Schema(
      description = "The category a note is in, by its id and current name",
      requiredProperties = {"id", "name"})
  record CategorySummary(long id, String name) {

    static CategorySummary of(CategoryRef ref) {
      return new CategorySummary(ref.id().value(), ref.name().value());
    }
  }
}
