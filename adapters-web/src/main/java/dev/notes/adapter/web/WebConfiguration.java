package dev.notes.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.FormContentFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

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

  /** Tomcat's own error answers (a malformed URL or header, ...) as problem+json, not HTML. */
  @Bean
  ProblemReportValve.Installer problemReportValve() {
    return new ProblemReportValve.Installer();
  }

  /** First, so that every request is logged, refused ones included. */
  @Bean
  FilterRegistrationBean<RequestLoggingFilter> requestLoggingFilter() {
    FilterRegistrationBean<RequestLoggingFilter> registration =
        new FilterRegistrationBean<>(new RequestLoggingFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Before anything reads a parameter: an undecodable query string is a 400, not a 500. */
  @Bean
  FilterRegistrationBean<MalformedParametersFilter> malformedParametersFilter() {
    FilterRegistrationBean<MalformedParametersFilter> registration =
        new FilterRegistrationBean<>(new MalformedParametersFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EmptyErrorBodyFilter> emptyErrorBodyFilter() {
    FilterRegistrationBean<EmptyErrorBodyFilter> registration =
        new FilterRegistrationBean<>(new EmptyErrorBodyFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter() {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(new BodySizeLimitFilter(BodySizeLimitFilter.MAX_BODY_BYTES));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  /**
   * Takes the place of Spring Boot's FormContentFilter, which would parse a form body on PUT and
   * DELETE (and fail with a 500 on a malformed one), and is registered switched off: the API reads
   * JSON only, so a form body gets the 415 every other non-JSON body gets.
   */
  @Bean
  FormContentFilter formContentFilter() {
    return new FormContentFilter();
  }

  @Bean
  FilterRegistrationBean<FormContentFilter> formContentFilterRegistration(
      FormContentFilter formContentFilter) {
    FilterRegistrationBean<FormContentFilter> registration =
        new FilterRegistrationBean<>(formContentFilter);
    registration.setEnabled(false);
    return registration;
  }

  /**
   * Takes the place of Spring Boot's multipart resolver, which would parse a multipart body before
   * the request is mapped (and fail with a 500 on a malformed one): no request is multipart here,
   * so such a body gets the 415 every other non-JSON body gets.
   */
  @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
  MultipartResolver multipartResolver() {
    return new MultipartResolver() {
      @Override
      public boolean isMultipart(HttpServletRequest request) {
        return false;
      }

      @Override
      public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
        throw new MultipartException("the API takes no multipart requests");
      }

      @Override
      public void cleanupMultipart(MultipartHttpServletRequest request) {}
    };
  }
}
