package dev.notes.adapter.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.util.ClassUtils;

/**
 * Every use case of the application, as a Mockito mock reset after each test: the adapter is tested
 * alone. The use cases are found on the class path (each {@code *UseCase} interface in {@code
 * port.in}), so a new one needs no edit here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(MockedUseCases.Registrar.class)
@interface MockedUseCases {

  @TestConfiguration(proxyBeanMethods = false)
  class Registrar {

    @Bean
    static BeanDefinitionRegistryPostProcessor useCaseMocks() {
      return (BeanDefinitionRegistry registry) -> {
        ClassPathScanningCandidateComponentProvider scanner =
            new ClassPathScanningCandidateComponentProvider(false) {
              @Override
              protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
              }
            };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*UseCase")));
        for (BeanDefinition found :
            scanner.findCandidateComponents("dev.notes.application.port.in")) {
          register(registry, ClassUtils.resolveClassName(found.getBeanClassName(), null));
        }
      };
    }

    private static <T> void register(BeanDefinitionRegistry registry, Class<T> useCase) {
      RootBeanDefinition mock =
          new RootBeanDefinition(
              useCase, () -> Mockito.mock(useCase, MockReset.withSettings(MockReset.AFTER)));
      registry.registerBeanDefinition(useCase.getSimpleName(), mock);
    }
  }
}
