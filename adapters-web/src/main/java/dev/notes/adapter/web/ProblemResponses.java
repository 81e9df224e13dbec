package dev.notes.adapter.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The error side of the OpenAPI description. Operations name their own failures with these refs
 * ({@code @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)}); the failures any
 * operation can meet (406, 500, 503, and 413 and 415 where there is a body) are added to all here.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

  private static final String PREFIX = "#/components/responses/";
  static final String BAD_REQUEST = PREFIX + "BadRequest";
  static final String NOT_FOUND = PREFIX + "NotFound";
  static final String NAME_TAKEN = PREFIX + "NameTaken";
  static final String CATEGORY_HAS_NOTES = PREFIX + "CategoryHasNotes";
  static final String STALE_VERSION = PREFIX + "StaleVersion";
  static final String UNKNOWN_CATEGORY = PREFIX + "UnknownCategory";

  private static final String PROBLEM_JSON = "application/problem+json";

  /** Each response, the problem kinds it documents (400 has two), and where it applies. */
  private enum Documented {
    BAD_REQUEST(null, ProblemKind.INVALID_REQUEST, ProblemKind.UNREADABLE_BODY),
    NOT_FOUND(null, ProblemKind.NOT_FOUND),
    NAME_TAKEN(null, ProblemKind.NAME_TAKEN),
    CATEGORY_HAS_NOTES(null, ProblemKind.CATEGORY_HAS_NOTES),
    STALE_VERSION(null, ProblemKind.STALE_VERSION),
    UNKNOWN_CATEGORY(null, ProblemKind.UNKNOWN_CATEGORY),
    BODY_TOO_LARGE(Scope.WITH_BODY, ProblemKind.BODY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(Scope.WITH_BODY, ProblemKind.UNSUPPORTED_MEDIA_TYPE),
    NOT_ACCEPTABLE(Scope.ALL, ProblemKind.NOT_ACCEPTABLE),
    INTERNAL_ERROR(Scope.ALL, ProblemKind.INTERNAL_ERROR),
    STORAGE_UNAVAILABLE(Scope.ALL, ProblemKind.STORAGE_UNAVAILABLE);

    final Scope scope;
    final List<ProblemKind> kinds;

    Documented(Scope scope, ProblemKind... kinds) {
      this.scope = scope;
      this.kinds = List.of(kinds);
    }

    String componentName() {
      StringBuilder name = new StringBuilder();
      for (String word : name().split("_")) {
        name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
      return name.toString();
    }

    String status() {
      return String.valueOf(kinds.get(0).status().value());
    }
  }

  private enum Scope {
    ALL,
    WITH_BODY
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components components = Optional.ofNullable(openApi.getComponents()).orElseGet(Components::new);
    openApi.components(components);
    boolean openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
    ModelConverters.getInstance(openApi31)
        .readAll(ProblemSchema.class)
        .forEach(components::addSchemas);
    for (Documented documented : Documented.values()) {
      components.addResponses(documented.componentName(), response(documented));
    }
    if (openApi.getPaths() != null) {
      openApi.getPaths().values().stream()
          .flatMap(path -> path.readOperations().stream())
          .forEach(ProblemResponses::addCommonResponses);
    }
  }

  private static void addCommonResponses(Operation operation) {
    successIsPlainJson(operation);
    for (Documented documented : Documented.values()) {
      boolean applies =
          documented.scope == Scope.ALL
              || (documented.scope == Scope.WITH_BODY && operation.getRequestBody() != null);
      if (applies) {
        operation
            .getResponses()
            .addApiResponse(
                documented.status(), new ApiResponse().$ref(PREFIX + documented.componentName()));
      }
    }
    sortByStatus(operation);
  }

  /**
   * The endpoints also produce problem+json, for their errors (see {@link SuccessIsPlainJson});
   * springdoc would list it for the success responses too.
   */
  private static void successIsPlainJson(Operation operation) {
    operation.getResponses().entrySet().stream()
        .filter(response -> response.getKey().startsWith("2"))
        .map(response -> response.getValue().getContent())
        .filter(content -> content != null)
        .forEach(content -> content.remove(PROBLEM_JSON));
  }

  private static void sortByStatus(Operation operation) {
    ApiResponses sorted = new ApiResponses();
    new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
    operation.setResponses(sorted);
  }

  private static ApiResponse response(Documented documented) {
    MediaType problemJson =
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
    for (ProblemKind kind : documented.kinds) {
      problemJson.addExamples(kind.name().toLowerCase(java.util.Locale.ROOT), example(kind));
    }
    String description =
        String.join("; ", documented.kinds.stream().map(ProblemKind::title).toList());
    return new ApiResponse()
        .description(description)
        .content(new Content().addMediaType(PROBLEM_JSON, problemJson));
  }

  private static Example example(ProblemKind kind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", kind.type().toString());
    body.put("title", kind.title());
    body.put("status", kind.status().value());
    body.put("detail", kind.defaultDetail());
    body.put("instance", "/api/notes");
    if (kind == ProblemKind.INVALID_REQUEST) {
      body.put("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
    }
    return new Example().summary(kind.title()).value(body);
  }
}
