package dev.notes.adapter.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A success of the API is sent as application/json, never as anything else (problem+json, YAML,
 * ...): to Spring's content negotiation, every endpoint under {@code /api} produces
 * application/json only, as if its mapping declared it, but the choice is made when a body is
 * written, not when the request is mapped. A client whose Accept admits no application/json
 * (text/html, or only application/problem+json) therefore gets 406 when a read succeeds, the read's
 * problem when it fails (ProblemAdvice sends every problem as problem+json whatever Accept says),
 * and a delete's 204, which has no body to negotiate. The writes that answer a body (POST, PUT)
 * declare {@code produces} on their mapping instead, so that such a client is refused before
 * anything is created or changed.
 *
 * <p>A media range weighted {@code q=0} is one the client refuses (RFC 9110 12.4.2), where Spring
 * alone reads it as the lowest preference: it is dropped before Spring compares what Accept admits.
 * A wider range listed beside it ({@code application/json;q=0, *}{@code /*}) still admits it: a
 * list of ranges cannot say "all but this one", and no client was seen to send such a list.
 */
@Component
class SuccessIsPlainJson implements HandlerInterceptor, WebMvcConfigurer {

  private static final String CHARSET = "charset";
  private static final Set<MediaType> JSON_ONLY = Set.of(MediaType.APPLICATION_JSON);

  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    configurer.strategies(List.of(new AcceptWithoutRefusals()));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  /** What a mapping's {@code produces} would say, read by Spring when it writes the body. */
  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, JSON_ONLY);
    return true;
  }

  /**
   * The Accept header's media ranges, best first, without those weighted zero and without their
   * {@code charset}. When none is left, nothing is acceptable, as when Accept cannot be parsed:
   * Spring then answers a success 406 and still writes a failure's problem (an empty list would
   * leave it no handler for the problem).
   *
   * <p>A charset has no effect on JSON (RFC 8259 section 11 defines none; JSON between systems is
   * UTF-8), so {@code application/json;charset=iso-8859-1} admits our UTF-8 JSON. Left on the
   * range, it would be the type Spring picks to write, which no converter writes: a 500, after a
   * POST or PUT had been applied.
   */
  private static final class AcceptWithoutRefusals extends HeaderContentNegotiationStrategy {

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request)
        throws HttpMediaTypeNotAcceptableException {
      List<MediaType> accepted = super.resolveMediaTypes(request);
      if (accepted.stream().allMatch(AcceptWithoutRefusals::isPlain)) {
        return accepted;
      }
      List<MediaType> admitted =
          accepted.stream()
              .filter(range -> range.getQualityValue() > 0)
              .map(AcceptWithoutRefusals::withoutCharset)
              .toList();
      if (admitted.isEmpty()) {
        throw new HttpMediaTypeNotAcceptableException("every media range in Accept has q=0");
      }
      return admitted;
    }

    private static boolean isPlain(MediaType range) {
      return range.getQualityValue() > 0 && range.getParameter(CHARSET) == null;
    }

    private static MediaType withoutCharset(MediaType range) {
      if (range.getParameter(CHARSET) == null) {
        return range;
      }
      Map<String, String> parameters = new LinkedHashMap<>(range.getParameters());
      parameters.keySet().removeIf(CHARSET::equalsIgnoreCase);
      return new MediaType(range.getType(), range.getSubtype(), parameters);
    }
  }
}
