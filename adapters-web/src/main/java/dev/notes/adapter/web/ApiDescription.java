package dev.notes.adapter.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** What the annotations cannot say in the OpenAPI description. */
@Component
class ApiDescription implements OpenApiCustomizer {

  @Override
  public void customise(OpenAPI openApi) {
    openApi.info(
        new Info()
            .title("Notes")
            .version("1")
            .description(
                "Notes, sorted into categories. Lists are paged with an opaque cursor; "
                    + "failures are RFC 9457 problem details (application/problem+json)."));
    allowNullCategory(openApi);
  }

  /**
   * swagger-core writes a nullable reference as {@code {"$ref": ..., "type": "null"}}, which no
   * value satisfies; OpenAPI 3.1 says "this or null" with {@code oneOf}.
   */
  private static void allowNullCategory(OpenAPI openApi) {
    Schema<?> note =
        openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
            ? null
            : openApi.getComponents().getSchemas().get("NoteResponse");
    if (note == null) {
      return;
    }
    Schema<?> category = note.getProperties().get("category");
    Schema<?> categoryOrNull = new Schema<>().description(category.getDescription());
    categoryOrNull.addOneOfItem(new Schema<>().$ref(category.get$ref()));
    categoryOrNull.addOneOfItem(new Schema<>().types(Set.of("null")));
    note.addProperty("category", categoryOrNull);
  }
}
