package dev.notes.adapter.web.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The headers of a success in the OpenAPI description, derived from what a handler returns: a
 * ResponseEntity (made by {@link EntityTags}) answers one resource and carries its ETag, a 201 its
 * Location too. A GET is always answered in full (UnconditionalReadsFilter): no 304.
 */
@Component
class SuccessHeaders implements OpenApiCustomizer, OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!ResponseEntity.class.equals(handler.getReturnType().getParameterType())) {
      return operation;
    }
    operation
        .getResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2")) {
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
