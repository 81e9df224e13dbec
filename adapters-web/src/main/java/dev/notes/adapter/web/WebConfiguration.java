package dev.notes.adapter.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The REST adapter, for the composition root to {@code @Import}: controllers, the problem-details
 * advice and the OpenAPI description come from the package scan; the pieces that need an order or a
 * property are declared here. The use cases it calls are beans the importer provides.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WebConfiguration {

  /** Signs cursors. Any value works; instances that share it accept each other's cursors. */
  static final String DEFAULT_CURSOR_SECRET = "notes-cursor-secret-change-me";

  @Bean
  JsonMapperBuilderCustomizer strictJsonRules() {
    return new StrictJsonRules();
  }

  @Bean
  CursorCodec cursorCodec(
      @Value("${notes.web.cursor-secret:" + DEFAULT_CURSOR_SECRET + "}") String secret) {
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

  /** First, so that every request is logged, refused ones included. */
  @Bean
  FilterRegistrationBean<RequestLoggingFilter> requestLoggingFilter() {
    FilterRegistrationBean<RequestLoggingFilter> registration =
        new FilterRegistrationBean<>(new RequestLoggingFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter() {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(new BodySizeLimitFilter(BodySizeLimitFilter.MAX_BODY_BYTES));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
