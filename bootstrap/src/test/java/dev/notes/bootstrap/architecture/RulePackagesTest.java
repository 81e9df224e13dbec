package dev.notes.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A rule about a package that holds no class passes whatever the code does (buckpal and ddd-library
 * each guard a package that does not exist). These checks fail instead, naming the package, when a
 * rename or a move leaves a rule guarding nothing.
 */
class RulePackagesTest {

  static final List<String> NAMED_PACKAGES = NotesArchitectureRules.NAMED_PACKAGES;
  static final List<String> NAMED_SLICINGS = NotesArchitectureRules.NAMED_SLICINGS;
  static final List<String> NAMED_JDK_PACKAGES = NotesArchitectureRules.NAMED_JDK_PACKAGES;

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = ProductionClasses.all();
  }

  @ParameterizedTest
  @FieldSource("NAMED_PACKAGES")
  void givenPackageNamedByARule_production_holdsAClassThere(String packagePattern) {
    assertThat(production.that(resideInAPackage(packagePattern)))
        .as(
            "production classes in %s (a rule names it; fix the rule if the package moved)",
            packagePattern)
        .isNotEmpty();
  }

  @ParameterizedTest
  @FieldSource("NAMED_SLICINGS")
  void givenSlicingNamedByARule_production_fallsIntoTwoSlicesOrMore(String slicing) {
    assertThat(Slices.matching(slicing).transform(production))
        .as("slices of %s (a cycle needs two; fix the rule if the packages moved)", slicing)
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest
  @FieldSource("NAMED_JDK_PACKAGES")
  void givenJdkPackageNamedByARule_theRunningJdk_hasIt(String packagePattern) {
    // a misspelt entry would allow or refuse nothing, silently
    String packageName = packagePattern.replaceFirst("\\.\\.$", "");
    Set<String> jdkPackages =
        ModuleLayer.boot().modules().stream()
            .flatMap(module -> module.getPackages().stream())
            .collect(Collectors.toSet());

    assertThat(jdkPackages)
        .as("packages of the JDK (a rule names %s; fix the rule if it is misspelt)", packagePattern)
        .contains(packageName);
  }
}
