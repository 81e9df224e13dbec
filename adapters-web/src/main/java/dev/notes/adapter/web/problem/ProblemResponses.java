package dev.notes.adapter.web.problem;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toList;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The failures in the OpenAPI description, derived from {@link ProblemKind}: one response per kind
 * (both 400 kinds share one), each with its example and headers. Which of them each operation lists
 * is {@link OperationProblems}' job.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

  private static final String PROBLEM_JSON = "application/problem+json";

  /** What these answers carry besides the problem: Spring's Accept, ProblemAdvice's Retry-After. */
  private static final Map<ProblemKind, String> HEADERS =
      Map.of(
          ProblemKind.NOT_ACCEPTABLE, HttpHeaders.ACCEPT,
          ProblemKind.UNSUPPORTED_MEDIA_TYPE, HttpHeaders.ACCEPT,
          ProblemKind.STORAGE_UNAVAILABLE, HttpHeaders.RETRY_AFTER);

  @Override
  public void customise(OpenAPI openApi) {
    Components components = openApi.getComponents(); // springdoc always makes them
    ModelConverters.getInstance(false).readAll(ProblemBody.class).forEach(components::addSchemas);
    Arrays.stream(ProblemKind.values())
        .filter(kind -> kind != ProblemKind.METHOD_NOT_ALLOWED) // Spring's, on no endpoint
        .collect(groupingBy(ProblemResponses::componentName, LinkedHashMap::new, toList()))
        .forEach((name, kinds) -> components.addResponses(name, response(kinds)));
  }

  /** The name under {@code #/components/responses} of the response that documents this kind. */
  static String componentName(ProblemKind kind) {
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
              response.addHeaderObject(name, new Header().schema(new Schema<>().type(type)));
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
    if (kind == ProblemKind.CATEGORY_HAS_NOTES) {
      body.put("noteCount", 3);
    }
    if (kind == ProblemKind.INVALID_REQUEST) {
      body.put("errors", List.of(new ProblemBody.FieldError("name", "must not be blank")));
    }
    return new Example().summary(kind.title()).value(body);
  }
}
