package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the endpoints' annotations cannot say in the OpenAPI description: the API as a whole (open,
 * served relative to wherever the document was fetched), the headers endpoints refer to, and a
 * nullable reference.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Notes",
            version = "1",
            description =
                "Notes, sorted into categories. Lists are paged with an opaque cursor; failures"
                    + " are RFC 9457 problem details (application/problem+json)."),
    servers = @Server(url = "/", description = "This service"))
@Component
class OpenApiDescription implements OpenApiCustomizer {

  @Override
  public void customise(OpenAPI openApi) {
    openApi.setSecurity(List.of(new SecurityRequirement())); // no authentication: the API is open
    Components components = Optional.ofNullable(openApi.getComponents()).orElseGet(Components::new);
    openApi.components(
        components
            .addHeaders(
                "ETag",
                header("The version, as a strong entity tag", "^\"(0|[1-9][0-9]*)\"$", "\"3\""))
            .addHeaders("Location", header("Where the new resource is", null, "/api/notes/7")));
    allowNullCategory(components);
  }

  private static Header header(String description, String pattern, String example) {
    Schema<String> schema = new Schema<>();
    schema.setTypes(Set.of("string"));
    schema.setPattern(pattern);
    schema.setExample(example);
    return new Header().description(description).schema(schema);
  }

  /**
   * swagger-core writes a nullable reference as {@code {"$ref": ..., "type": "null"}}, which no
   * value satisfies; OpenAPI 3.1 says "this or null" with {@code oneOf}.
   */
  private static void allowNullCategory(Components components) {
    Schema<?> note =
        components.getSchemas() == null ? null : components.getSchemas().get("NoteResponse");
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
