package dev.notes.adapter.web.http;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The endpoints produce {@code application/problem+json} as well as {@code application/json}, so
 * that a client that accepts only problem+json is still routed to the endpoint and gets its errors
 * (a 404, a 412, ...) instead of a 406. A success is never a problem, though: it is sent as
 * application/json when the client accepts that too, and refused with 406 when it does not.
 * OpenApiDescription says so in the description.
 */
@RestControllerAdvice
class SuccessIsPlainJson implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public @Nullable Object beforeBodyWrite(
      @Nullable Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body == null
        || body instanceof ProblemDetail
        || !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(selectedContentType)) {
      return body;
    }
    if (acceptsJson(request.getHeaders().getAccept())) {
      response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
      return body;
    }
    // what Spring answers when no representation fits: 406, with an Accept naming the one there is
    throw new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON));
  }

  private static boolean acceptsJson(List<MediaType> accepted) {
    return accepted.stream()
        .anyMatch(
            type ->
                type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON));
  }
}
