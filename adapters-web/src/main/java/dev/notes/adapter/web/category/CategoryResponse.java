package dev.notes.adapter.web.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryWithNoteCount;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "name", "noteCount", "createdAt", "updatedAt", "version"})
record CategoryResponse(
    long id, String name, long noteCount, Instant createdAt, Instant updatedAt, long version) {

  static CategoryResponse of(CategoryWithNoteCount counted) {
    Category category = counted.category();
    return new CategoryResponse(
        category.id().value(),
        category.name().value(),
        counted.noteCount(),
        category.createdAt(),
        category.updatedAt(),
        category.version());
  }
}
