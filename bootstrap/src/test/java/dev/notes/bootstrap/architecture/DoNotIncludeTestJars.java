package dev.notes.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Leaves out the test-jars that other modules share with bootstrap's tests (fakes, contract
 * suites). ArchUnit's DoNotIncludeTests knows test-classes directories only, and from {@code mvn
 * verify} on, Maven hands bootstrap the packaged {@code *-tests.jar} instead.
 */
public final class DoNotIncludeTestJars implements ImportOption {

  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

  @Override
  public boolean includes(Location location) {
    return !location.matches(TEST_JAR);
  }
}
