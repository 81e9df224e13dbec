package dev.notes.adapter.web;

import dev.notes.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * What the endpoints' annotations need not say in the OpenAPI description, because it holds for all
 * of them: the API as a whole (open, served relative to wherever the document was fetched), the
 * shared parameters ({@code id}, {@code limit}, {@code cursor}, {@code If-Match}), the successes'
 * headers (an ETag where a single resource is answered, a Location where one is created), and a
 * nullable reference. That a success is application/json only needs nothing here: the writes
 * declare it on their mapping, and notes-web.properties makes it springdoc's default.
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
class OpenApiDescription implements OpenApiCustomizer, OperationCustomizer {

  private static final String IF_MATCH =
      "The ETag last read (\"3\"), or a list of them: refused with 412 if the stored version is"
          + " none of them. * or no header: any version.";

  /**
   * A ResponseEntity answers one resource and carries its ETag; a 201 its Location too; a GET of
   * one answers 304 to an If-None-Match that lists its ETag (Spring's conditional request).
   */
  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    boolean entity = ResponseEntity.class.equals(handler.getReturnType().getParameterType());
    if (entity && handler.hasMethodAnnotation(GetMapping.class)) {
      operation.addParametersItem(
          new Parameter()
              .in("header")
              .name(HttpHeaders.IF_NONE_MATCH)
              .description("An ETag read before: 304 without a body while it is current")
              .schema(new Schema<>().types(Set.of("string"))));
      operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified"));
    }
    operation
        .getResponses()
        .forEach(
            (status, response) -> {
              if ((status.startsWith("2") || status.equals("304")) && entity) {
                response.addHeaderObject("ETag", headerRef("ETag"));
              }
              if (status.equals("201") && entity) {
                response.addHeaderObject("Location", headerRef("Location"));
              }
            });
    return operation;
  }

  @Override
  public void customise(OpenAPI openApi) {
    openApi.setSecurity(List.of(new SecurityRequirement())); // no authentication: the API is open
    Components components = openApi.getComponents(); // springdoc always makes them, and paths
    components
        .addHeaders(
            "ETag", header("The version, as a strong entity tag", "^\"(0|[1-9][0-9]*)\"$", "\"3\""))
        .addHeaders(
            "Location",
            header("Where the new resource is: a path on this server", "^/", "/api/notes/7"));
    components.getHeaders().get("Location").getSchema().setFormat("uri-reference");
    allowNullCategory(components);
    openApi.getPaths().values().stream()
        .flatMap(path -> path.readOperations().stream())
        .filter(operation -> operation.getParameters() != null)
        .forEach(operation -> operation.getParameters().forEach(OpenApiDescription::constrain));
  }

  private static Header headerRef(String name) {
    return new Header().$ref("#/components/headers/" + name);
  }

  private static Header header(String description, String pattern, String example) {
    Schema<String> schema = new Schema<>();
    schema.setTypes(Set.of("string"));
    schema.setPattern(pattern);
    schema.setExample(example);
    return new Header().description(description).schema(schema);
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
        schema.setTypes(Set.of("integer"));
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
