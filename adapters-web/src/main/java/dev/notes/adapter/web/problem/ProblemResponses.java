package dev.notes.adapter.web.problem;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toList;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
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
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
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

  /** What these answers carry besides the problem: Spring's Accept, ProblemAdvice's Retry-After. */
  private static final Map<ProblemKind, String> HEADERS =
      Map.of(
          ProblemKind.NOT_ACCEPTABLE, HttpHeaders.ACCEPT,
          ProblemKind.UNSUPPORTED_MEDIA_TYPE, HttpHeaders.ACCEPT,
          ProblemKind.STORAGE_UNAVAILABLE, HttpHeaders.RETRY_AFTER);

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    List<ProblemKind> kinds = new ArrayList<>(ANY_OPERATION);
    Optional.ofNullable(handler.getMethodAnnotation(Fails.class))
        .ifPresent(fails -> kinds.addAll(List.of(fails.value())));
    if (Arrays.stream(handler.getMethodParameters())
        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
      kinds.addAll(WITH_BODY);
    }
    if (handler.hasMethodAnnotation(DeleteMapping.class)) {
      kinds.remove(ProblemKind.NOT_ACCEPTABLE); // 204 has no body to negotiate
    }
    ApiResponses responses = new ApiResponses();
    kinds.forEach(
        kind ->
            operation
                .getResponses()
                .addApiResponse(
                    String.valueOf(kind.status().value()),
                    new ApiResponse().$ref("#/components/responses/" + componentName(kind))));
    new TreeMap<>(operation.getResponses()).forEach(responses::addApiResponse); // by status
    return operation.responses(responses);
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components components = openApi.getComponents(); // springdoc always makes them
    ModelConverters.getInstance(true).readAll(ProblemBody.class).forEach(components::addSchemas);
    Arrays.stream(ProblemKind.values())
        .filter(kind -> kind != ProblemKind.METHOD_NOT_ALLOWED) // Spring's, on no endpoint
        .collect(groupingBy(ProblemResponses::componentName, LinkedHashMap::new, toList()))
        .forEach((name, kinds) -> components.addResponses(name, response(kinds)));
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

  private static ApiResponse response(List<ProblemKind> kinds) {
    MediaType problemJson = new MediaType().schema(new Schema<>().$ref("Problem"));
    kinds.forEach(
        kind -> problemJson.addExamples(kind.name().toLowerCase(Locale.ROOT), example(kind)));
    ApiResponse response =
        new ApiResponse()
            .description(kinds.stream().map(ProblemKind::title).collect(joining("; ")))
            .content(new Content().addMediaType(PROBLEM_JSON, problemJson));
    kinds.stream()
        .filter(HEADERS::containsKey)
        .map(HEADERS::get)
        .forEach(
            name -> {
              String type = name.equals(HttpHeaders.RETRY_AFTER) ? "integer" : "string";
              response.addHeaderObject(
                  name, new Header().schema(new Schema<>().types(Set.of(type))));
            });
    return response;
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
}
