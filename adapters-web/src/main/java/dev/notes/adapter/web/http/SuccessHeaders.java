package dev.notes.adapter.web.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The headers of a success in the OpenAPI description, derived from what a handler returns: a
 * ResponseEntity (made by {@link EntityTags}) answers one resource and carries its ETag, a 201 its
 * Location too, and a GET of one answers 304 to an If-None-Match that lists its ETag (Spring's
 * conditional request).
 */
@Component
class SuccessHeaders implements OpenApiCustomizer, OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!ResponseEntity.class.equals(handler.getReturnType().getParameterType())) {
      return operation;
    }
    if (handler.hasMethodAnnotation(GetMapping.class)) {
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
              if (status.startsWith("2") || status.equals("304")) {
                response.addHeaderObject(HttpHeaders.ETAG, reference(HttpHeaders.ETAG));
              }
              if (status.equals("201")) {
                response.addHeaderObject(HttpHeaders.LOCATION, reference(HttpHeaders.LOCATION));
              }
            });
    return operation;
  }

  @Override
  public void customise(OpenAPI openApi) {
    Header location =
        header("Where the new resource is: a path on this server", "^/", "/api/notes/7");
    location.getSchema().setFormat("uri-reference");
    openApi
        .getComponents() // springdoc always makes them
        .addHeaders(
            HttpHeaders.ETAG,
            header("The version, as a strong entity tag", EntityTags.HEADER_PATTERN, "\"3\""))
        .addHeaders(HttpHeaders.LOCATION, location);
  }

  private static Header reference(String name) {
    return new Header().$ref("#/components/headers/" + name);
  }

  private static Header header(String description, String pattern, String example) {
    Schema<String> schema = new Schema<>();
    schema.setTypes(Set.of("string"));
    schema.setPattern(pattern);
    schema.setExample(example);
    return new Header().description(description).schema(schema);
  }
}
