package dev.notes.adapter.web;

import dev.notes.adapter.web.guard.BodyLimitsFilter;
import dev.notes.adapter.web.guard.EmptyErrorBodyFilter;
import dev.notes.adapter.web.guard.MalformedParametersFilter;
import dev.notes.adapter.web.guard.ProblemReportValve;
import dev.notes.adapter.web.guard.RequestLoggingFilter;
import dev.notes.adapter.web.guard.UnconditionalReadsFilter;
import dev.notes.adapter.web.http.SizedJsonConverter;
import dev.notes.adapter.web.paging.CursorCodec;
import jakarta.servlet.Filter;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST adapter, for the composition root to {@code @Import}: controllers, the problem advice
 * and the OpenAPI description come from the package scan; the pieces that need an order or a
 * property are declared here, and {@code notes-web.properties} switches off what the API does not
 * take (form and multipart parsing). The use cases it calls are beans the importer provides.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@PropertySource("classpath:notes-web.properties")
public class WebConfiguration {

  /** Signs cursors. Any value works; instances that share it accept each other's cursors. */
  static final String DEFAULT_CURSOR_SECRET = "notes-cursor-secret-change-me";

  @Bean
  JsonMapperBuilderCustomizer strictJsonRules() {
    return new StrictJsonRules();
  }

  /**
   * Boot's JSON mapper (with the rules above) in a converter that sends a Content-Length; ordered
   * after Boot's own customizer (order 0), whose JSON converter it replaces in the same place.
   */
  @Bean
  @Order(1)
  ServerHttpMessageConvertersCustomizer sizedJson(JsonMapper jsonMapper) {
    return converters -> converters.withJsonConverter(new SizedJsonConverter(jsonMapper));
  }

  @Bean
  CursorCodec cursorCodec(
      @Value("${notes.web.cursor-secret:" + DEFAULT_CURSOR_SECRET + "}") String secret) {
    if (secret.isBlank()) {
      // the one exception Spring Boot reports at start-up in a few lines naming the setting
      throw new InvalidConfigurationPropertyValueException(
          "notes.web.cursor-secret", secret, "A blank key would sign nothing.");
    }
    return new CursorCodec(secret);
  }

  /**
   * Lets an encoded slash through to the controllers: a category may be named {@code a/b}, and
   * {@code /api/categories/by-name/a%2Fb} must find it. Tomcat refuses such paths by default.
   * Spring matches paths segment by segment before decoding, so this opens no traversal.
   */
  @Bean
  TomcatConnectorCustomizer encodedSlashesInPathSegments() {
    return connector -> {
      connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
      connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    };
  }

  /**
   * Answers {@code Expect: 100-continue} only when the body is read: a body the API refuses unread
   * (over 1 MiB by its Content-Length, content-coded, not JSON, or sent to no endpoint) gets its
   * 4xx at once, and the client never starts sending it. Tomcat's default says "continue" as soon
   * as the headers are in, so curl uploaded a 5 MB body only to be told 413.
   */
  @Bean
  TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
    return connector -> connector.setProperty("continueResponseTiming", "onRead");
  }

  /** Tomcat's own error answers (a malformed URL or header, ...) as problem+json, not HTML. */
  @Bean
  ProblemReportValve.Installer problemReportValve() {
    return new ProblemReportValve.Installer();
  }

  /** First, so that every request is logged, refused ones included. */
  @Bean
  FilterRegistrationBean<RequestLoggingFilter> requestLoggingFilter() {
    return first(new RequestLoggingFilter(), 0);
  }

  /** Before anything reads a parameter: an undecodable query string is a 400, not a 500. */
  @Bean
  FilterRegistrationBean<MalformedParametersFilter> malformedParametersFilter() {
    return first(new MalformedParametersFilter(), 1);
  }

  @Bean
  FilterRegistrationBean<EmptyErrorBodyFilter> emptyErrorBodyFilter() {
    return first(new EmptyErrorBodyFilter(), 2);
  }

  @Bean
  FilterRegistrationBean<BodyLimitsFilter> bodyLimitsFilter() {
    return first(new BodyLimitsFilter(BodyLimitsFilter.MAX_BODY_BYTES), 3);
  }

  @Bean
  FilterRegistrationBean<UnconditionalReadsFilter> unconditionalReadsFilter() {
    return first(new UnconditionalReadsFilter(), 4);
  }

  private static <F extends Filter> FilterRegistrationBean<F> first(F filter, int position) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + position);
    return registration;
  }
}
