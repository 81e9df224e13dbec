package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.adapter.web.guard.BodyLimitsFilter;
import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.shared.DomainException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

class ProblemKindTest {

  /** Every concrete exception class of the domain and application modules, found on the path. */
  private static List<Class<?>> failuresOfDomainAndApplication() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isConcrete();
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(RuntimeException.class));
    return Stream.of("dev.notes.domain", "dev.notes.application")
        .flatMap(base -> scanner.findCandidateComponents(base).stream())
        .map(BeanDefinition::getBeanClassName)
        .<Class<?>>map(name -> ClassUtils.resolveClassName(name, null))
        .toList();
  }

  @Test
  void givenTheDomainAndApplication_theirFailures_areFoundToCheck() {
    assertThat(failuresOfDomainAndApplication())
        .as("the scan must see the failures it guards, or it guards nothing")
        .contains(CategoryStillHasNotes.class, StorageUnavailable.class);
  }

  @Test
  void givenEveryFailureOfDomainAndApplication_problemKind_answersIt() {
    assertThat(failuresOfDomainAndApplication())
        .allSatisfy(
            failure ->
                assertThat(ProblemKind.answering(failure))
                    .as(
                        "%s has no problem kind: add it to the table in %s (an existing kind, or"
                            + " a new constant with its status, title and example detail);"
                            + " unmapped, it is answered 500 as a defect",
                        failure.getName(), ProblemKind.class.getName())
                    .isPresent());
  }

  @Test
  void givenTheTable_everyFailureItNames_isABusinessOrStorageFailure() {
    assertThat(ProblemKind.values())
        .allSatisfy(
            kind ->
                assertThat(kind.failures())
                    .allSatisfy(
                        failure ->
                            assertThat(
                                    DomainException.class.isAssignableFrom(failure)
                                        || failure == StorageUnavailable.class)
                                .isTrue()));
  }

  @Test
  void givenAFailureNobodyMapped_answering_isEmptySoTheAdviceAnswers500() {
    class PlantedFailure extends DomainException {
      private static final long serialVersionUID = 1L;

      PlantedFailure() {
        super("planted");
      }
    }
    assertThat(ProblemKind.answering(PlantedFailure.class)).isEmpty();
  }

  @Test
  void givenEachKind_itsTypeIsAUriUnderTheProblemsBase() {
    assertThat(ProblemKind.UNKNOWN_CATEGORY.type())
        .hasToString("https://notes.dev/problems/unknown-category");
  }

  /** The OpenAPI example of a 413 is the detail a body over the real limit gets. */
  @Test
  void givenTheBodyLimit_theExampleOf413_isItsDetail() {
    assertThat(ProblemKind.BODY_TOO_LARGE.example())
        .isEqualTo(new BodyTooLarge(BodyLimitsFilter.MAX_BODY_BYTES).getMessage());
  }
}
