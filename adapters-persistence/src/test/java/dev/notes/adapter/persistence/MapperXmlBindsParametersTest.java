package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MyBatis takes {@code ${...}} as well as {@code #{...}} without a word, but {@code ${...}} pastes
 * the value into the SQL text: one value from a request there is an SQL injection. This reads every
 * mapper XML the adapter ships and refuses {@code ${} anywhere in it, comments included, so that
 * nobody has to judge whether a particular use is safe.
 */
class MapperXmlBindsParametersTest {

  static final String FIX =
      "string substitution pastes text into the SQL; use #{} (a bound parameter)";

  @Test
  void givenTheAdaptersMapperXml_noLine_usesStringSubstitution() {
    // what MyBatis loads: the XML beside the mapper interfaces in the adapter's classes
    Path classes =
        classpathRoot(
            PersistenceConfiguration.class.getProtectionDomain().getCodeSource().getLocation());

    assertThat(mapperXml(classes))
        .as("mapper XML under %s (an empty list would make this check pass on nothing)", classes)
        .isNotEmpty();
    assertBindsParametersOnly(classes);
  }

  /**
   * The planted mapper is kept under another extension, so that no scan of the source tree for
   * mapper XML (this one's or a reviewer's) takes it for a real one; it gets its name here.
   */
  @Test
  void givenPlantedMapperUsingDollarBrace_check_failsNamingFileAndLine(@TempDir Path planted)
      throws IOException {
    Path source =
        classpathRoot(getClass().getResource("/planted-mappers/"))
            .resolve("SubstitutingMapper.xml.planted");
    Files.copy(source, planted.resolve("SubstitutingMapper.xml"));

    assertThatThrownBy(() -> assertBindsParametersOnly(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SubstitutingMapper.xml:10 uses ${...}: " + FIX)
        .hasMessageNotContaining(":9 ");
  }

  /** Fails listing each line of a *Mapper.xml under the root that holds {@code ${}. */
  static void assertBindsParametersOnly(Path root) {
    List<String> substitutions = new ArrayList<>();
    for (Path mapper : mapperXml(root)) {
      List<String> lines = readLines(mapper);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("${")) {
          substitutions.add(
              String.format("%s:%d uses ${...}: %s", root.relativize(mapper), i + 1, FIX));
        }
      }
    }
    if (!substitutions.isEmpty()) {
      throw new AssertionError(
          "MyBatis mapper XML must bind every value with #{}:\n"
              + String.join("\n", substitutions));
    }
  }

  private static List<Path> mapperXml(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith("Mapper.xml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path classpathRoot(URL directory) {
    assertThat(directory).as("a directory on the classpath").isNotNull();
    try {
      return Path.of(directory.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
