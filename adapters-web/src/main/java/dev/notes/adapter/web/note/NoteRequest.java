package dev.notes.adapter.web.note;

import dev.notes.adapter.web.http.RequestValues;
import dev.notes.adapter.web.http.SchemaPatterns;
import dev.notes.application.port.in.CategoryChoice;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.InvalidValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.function.BiFunction;

/**
 * The body of POST and PUT /api/notes: a text and at most one way to name its category (the OpenAPI
 * description says "not both" in its schema: OpenApiDescription).
 */
@Schema(
    additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
    example = "{\"text\": \"sqlalchemy is cool\", \"categoryName\": \"tech\"}")
record NoteRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "Kept exactly as sent; not blank, at most 65,535 bytes of UTF-8",
            minLength = 1,
            // a character is at least one byte: the byte limit bounds the length too
            maxLength = NoteText.MAX_UTF8_BYTES,
            pattern = SchemaPatterns.NOTE_TEXT,
            example = "sqlalchemy is cool")
        String text,
    @Schema(
            description = "An existing category; give this or categoryName, or neither (not both)",
            nullable = true,
            minimum = "1",
            format = "int64",
            example = "1")
        Long categoryId,
    @Schema(
            description =
                "A category by name (trimmed, as in CategoryRequest), created when missing;"
                    + " give this or categoryId, or neither (not both)",
            nullable = true,
            minLength = 1,
            maxLength = CategoryName.MAX_CODE_POINTS,
            pattern = SchemaPatterns.CATEGORY_NAME,
            example = "tech")
        String categoryName) {

  /** The text and the category choice, as one command; when both are wrong, one 400 names both. */
  <C> C read(BiFunction<NoteText, CategoryChoice, C> command) {
    return RequestValues.both(this::noteText, this::categoryChoice, command);
  }

  private NoteText noteText() {
    return RequestValues.field("text", () -> new NoteText(text));
  }

  /** Neither field (or both null) means uncategorized. */
  private CategoryChoice categoryChoice() {
    if (categoryId != null && categoryName != null) {
      throw new InvalidValue(
          "categoryName", "cannot be given together with categoryId; give one of them or neither");
    }
    if (categoryId != null) {
      return new CategoryChoice.ById(RequestValues.id("categoryId", categoryId, CategoryId::new));
    }
    if (categoryName != null) {
      return new CategoryChoice.ByName(
          RequestValues.field("categoryName", () -> new CategoryName(categoryName)));
    }
    return CategoryChoice.none();
  }
}
