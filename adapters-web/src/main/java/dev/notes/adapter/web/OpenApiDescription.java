package dev.notes.adapter.web;

import dev.notes.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * What the endpoints' annotations need not say in the OpenAPI description, because it holds for all
 * of them: the API as a whole (open, served relative to wherever the document was fetched), the
 * shared parameters ({@code id}, {@code limit}, {@code cursor}, {@code If-Match}), a nullable
 * reference, and every operation's responses in order of status. The successes' headers are
 * described by SuccessHeaders, the failures by ProblemResponses. That a success is application/json
 * only needs nothing here: the writes declare it on their mapping, and notes-web.properties makes
 * it springdoc's default.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Notes",
            version = "1",
            description =
                "Notes, sorted into categories. Lists are paged with an opaque cursor; failures"
                    + " are RFC 9457 problem details (application/problem+json)."),
    servers = @Server(url = "/", description = "This service"),
    // declared once here so that linters find the tags the operations use
    tags = {
      @Tag(name = "Categories", description = "Categories, each with its note count"),
      @Tag(name = "Notes", description = "Notes, each in at most one category")
    })
@Component
class OpenApiDescription implements OpenApiCustomizer {

  private static final String MILLISECOND_INSTANT =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$";

  private static final String IF_MATCH =
      "The ETag last read (\"3\"), or a list of them: refused with 412 if the stored version is"
          + " none of them. * or no header: any version.";

  @Override
  public void customise(OpenAPI openApi) {
    openApi.setSecurity(List.of(new SecurityRequirement())); // no authentication: the API is open
    Components components = openApi.getComponents(); // springdoc always makes them, and paths
    allowNullCategory(components);
    oneWayToNameACategory(components);
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(OpenApiDescription::constrainMembers);
    }
    openApi.getPaths().values().stream()
        .flatMap(path -> path.readOperations().stream())
        .forEach(
            operation -> {
              if (operation.getParameters() != null) {
                operation.getParameters().forEach(OpenApiDescription::constrain);
              }
              ApiResponses byStatus = new ApiResponses(); // whichever customizer added them
              new TreeMap<>(operation.getResponses()).forEach(byStatus::addApiResponse);
              operation.setResponses(byStatus);
            });
  }

  /**
   * The parameters several endpoints share, said once: ids are positive int64 (RequestValues), a
   * page has 1 to 200 items (PageRequest), a cursor and an If-Match header mean the same
   * everywhere.
   */
  private static void constrain(Parameter parameter) {
    Schema<?> schema = parameter.getSchema();
    switch (parameter.getName()) {
      case "id", "categoryId" -> {
        schema.setType("integer");
        schema.setFormat("int64");
        schema.setMinimum(BigDecimal.ONE);
      }
      case "limit" -> {
        parameter.setDescription("Page size, 1 to " + PageRequest.MAX_LIMIT);
        schema.setDefault(PageRequest.DEFAULT_LIMIT);
        schema.setMinimum(BigDecimal.ONE);
        schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT));
      }
      case "uncategorized" -> schema.setDefault(false);
      case "cursor" -> parameter.setDescription("The nextCursor of the previous page");
      case HttpHeaders.IF_MATCH -> parameter.setDescription(IF_MATCH);
      default -> {}
    }
  }

  /**
   * The members several representations share, said once: ids are positive, a version and a count
   * are not negative, an instant is UTC with exactly three fractional digits (StrictJsonRules).
   */
  private static void constrainMembers(Schema<?> schema) {
    if (schema.getProperties() == null) {
      return;
    }
    schema
        .getProperties()
        .forEach(
            (name, member) -> {
              switch (name) {
                case "id" -> member.setMinimum(BigDecimal.ONE);
                case "version", "noteCount" -> member.setMinimum(BigDecimal.ZERO);
                case "createdAt", "updatedAt" -> member.setPattern(MILLISECOND_INSTANT);
                default -> {}
              }
            });
  }

  /**
   * NoteRequest names a category by id or by name, never both: a JSON schema of its own, since no
   * annotation says it. A member given as null counts as not given, as the controller reads it.
   */
  private static void oneWayToNameACategory(Components components) {
    Schema<?> request =
        components.getSchemas() == null ? null : components.getSchemas().get("NoteRequest");
    if (request != null) {
      Schema<?> both = new Schema<>().required(List.of("categoryId", "categoryName"));
      both.addProperty("categoryId", new Schema<>().type("integer"));
      both.addProperty("categoryName", new Schema<>().type("string"));
      request.not(both);
    }
  }

  /**
   * A reference cannot be nullable itself in OpenAPI 3.0 (siblings of {@code $ref} are ignored, and
   * swagger-core moves a member's description onto the referenced schema): "this or null" is a
   * nullable object that is all of the reference (nullable needs a type), described here.
   */
  private static void allowNullCategory(Components components) {
    Schema<?> note =
        components.getSchemas() == null ? null : components.getSchemas().get("NoteResponse");
    if (note == null) {
      return;
    }
    Schema<?> category = note.getProperties().get("category");
    Schema<?> categoryOrNull =
        new Schema<>().type("object").nullable(true).description("null for an uncategorized note");
    categoryOrNull.addAllOfItem(new Schema<>().$ref(category.get$ref()));
    note.addProperty("category", categoryOrNull);
  }
}
