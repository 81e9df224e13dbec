package dev.notes.adapter.web.problem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The error side of the OpenAPI description, derived from {@link ProblemKind}: one response per
 * kind (both 400 kinds share one), each with its example. Each operation lists what any operation
 * can meet (400, 406, 500, 503; 413 and 415 where it reads a body) and the kinds its method names
 * with {@link Fails}.
 */
@Component
class ProblemResponses implements OpenApiCustomizer, OperationCustomizer {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final List<ProblemKind> ANY_OPERATION =
      List.of(
          ProblemKind.INVALID_REQUEST,
          ProblemKind.NOT_ACCEPTABLE,
          ProblemKind.INTERNAL_ERROR,
          ProblemKind.STORAGE_UNAVAILABLE);
  private static final List<ProblemKind> WITH_BODY =
      List.of(ProblemKind.BODY_TOO_LARGE, ProblemKind.UNSUPPORTED_MEDIA_TYPE);

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    List<ProblemKind> kinds = new ArrayList<>(ANY_OPERATION);
    Optional.ofNullable(handler.getMethodAnnotation(Fails.class))
        .ifPresent(fails -> kinds.addAll(List.of(fails.value())));
    if (Arrays.stream(handler.getMethodParameters())
        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
      kinds.addAll(WITH_BODY);
    }
    for (ProblemKind kind : kinds) {
      operation
          .getResponses()
          .addApiResponse(
              String.valueOf(kind.status().value()),
              new ApiResponse().$ref("#/components/responses/" + componentName(kind)));
    }
    return operation;
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components components = Optional.ofNullable(openApi.getComponents()).orElseGet(Components::new);
    openApi.components(components.addSchemas("Problem", problemSchema()));
    for (ProblemKind kind : ProblemKind.values()) {
      if (kind != ProblemKind.METHOD_NOT_ALLOWED) {
        document(components, kind);
      }
    }
    if (openApi.getPaths() != null) {
      openApi.getPaths().values().stream()
          .flatMap(path -> path.readOperations().stream())
          .forEach(ProblemResponses::successIsPlainJsonInStatusOrder);
    }
  }

  private static String componentName(ProblemKind kind) {
    if (kind.status().value() == 400) {
      return "BadRequest";
    }
    StringBuilder name = new StringBuilder();
    for (String word : kind.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static void document(Components components, ProblemKind kind) {
    String name = componentName(kind);
    ApiResponse response =
        Optional.ofNullable(components.getResponses())
            .map(responses -> responses.get(name))
            .orElseGet(
                () ->
                    new ApiResponse()
                        .content(
                            new Content()
                                .addMediaType(
                                    PROBLEM_JSON,
                                    new MediaType()
                                        .schema(
                                            new Schema<>().$ref("#/components/schemas/Problem")))));
    String description = response.getDescription();
    response.description(description == null ? kind.title() : description + "; " + kind.title());
    response
        .getContent()
        .get(PROBLEM_JSON)
        .addExamples(kind.name().toLowerCase(Locale.ROOT), example(kind));
    components.addResponses(name, response);
  }

  /** Springdoc lists problem+json for successes too: it is for errors only (SuccessIsPlainJson). */
  private static void successIsPlainJsonInStatusOrder(Operation operation) {
    operation.getResponses().entrySet().stream()
        .filter(response -> response.getKey().startsWith("2"))
        .map(response -> response.getValue().getContent())
        .filter(content -> content != null)
        .forEach(content -> content.remove(PROBLEM_JSON));
    ApiResponses sorted = new ApiResponses();
    new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
    operation.setResponses(sorted);
  }

  private static Example example(ProblemKind kind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", kind.type().toString());
    body.put("title", kind.title());
    body.put("status", kind.status().value());
    body.put("detail", kind.example());
    body.put("instance", "/api/notes");
    if (kind == ProblemKind.INVALID_REQUEST) {
      body.put("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
    }
    return new Example().summary(kind.title()).value(body);
  }

  private static Schema<?> problemSchema() {
    Schema<Object> fieldError = object("One field at fault: which one, and what is wrong");
    fieldError.setRequired(List.of("field", "message"));
    fieldError.addProperty("field", string("name", null));
    fieldError.addProperty("message", string("must not be blank", null));
    Schema<Object> errors = new Schema<>();
    errors.setTypes(Set.of("array"));
    errors.setItems(fieldError);
    errors.setDescription("The fields at fault; only on invalid-request problems");
    Schema<Object> status = new Schema<>();
    status.setTypes(Set.of("integer"));
    status.setFormat("int32");
    Schema<Object> problem = object("An RFC 9457 problem details object");
    problem.setRequired(List.of("type", "title", "status", "detail"));
    problem.addProperty("type", string(ProblemKind.TYPE_BASE + "invalid-request", "uri"));
    problem.addProperty("title", string("Invalid request", null));
    problem.addProperty("status", status);
    problem.addProperty("detail", string("name must not be blank", null));
    problem.addProperty("instance", string("/api/categories", "uri-reference"));
    problem.addProperty("errors", errors);
    return problem;
  }

  private static Schema<Object> object(String description) {
    Schema<Object> schema = new Schema<>();
    schema.setTypes(Set.of("object"));
    schema.setDescription(description);
    return schema;
  }

  private static Schema<Object> string(String example, String format) {
    Schema<Object> schema = new Schema<>();
    schema.setTypes(Set.of("string"));
    schema.setFormat(format);
    schema.setExample(example);
    return schema;
  }
}
