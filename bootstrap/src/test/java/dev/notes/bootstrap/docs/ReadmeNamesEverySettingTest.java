package dev.notes.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The README's settings table may not fall behind the code: every {@code notes.*} setting the
 * service reads (a member of a {@code @ConfigurationProperties} record, or a property name written
 * in main code) is named there, as its environment variable and as its property.
 */
class ReadmeNamesEverySettingTest {

  /** Set by the {@code db} commands for themselves; not a setting an operator gives. */
  private static final Set<String> INTERNAL = Set.of("notes.datasource.create-database-if-missing");

  private static final Pattern PROPERTY_IN_CODE =
      Pattern.compile("\"(?:\\$\\{)?(notes\\.[a-z]+\\.[a-z-]+)");

  @Test
  void readme_namesEverySettingAsEnvironmentVariableAndProperty() throws IOException {
    Path root = RepositoryRoot.find();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Set<String> settings = new TreeSet<>(settingsOfRecords());
    settings.addAll(settingsNamedInCode(root));
    settings.removeAll(INTERNAL);
    // a record's prefix, written in its annotation, is no setting of its own
    settings.removeIf(prefix -> settings.stream().anyMatch(s -> s.startsWith(prefix + ".")));

    assertThat(settings)
        .as("settings found in the code")
        .contains("notes.persistence.lists.at-once", "notes.web.cursor-secret");
    List<String> missing = new ArrayList<>();
    for (String setting : settings) {
      String variable = setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      if (!readme.contains("`" + variable + "`") || !readme.contains("`" + setting + "`")) {
        missing.add(variable + " (" + setting + ")");
      }
    }
    assertThat(missing)
        .as("settings the README's table does not name; add a row for each to its Settings table")
        .isEmpty();
  }

  private static Set<String> settingsOfRecords() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    Set<String> settings = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("dev.notes")) {
      Class<?> type = load(candidate.getBeanClassName());
      String prefix = type.getAnnotation(ConfigurationProperties.class).value();
      assertThat(type.isRecord()).as(type + " binds its settings as a record").isTrue();
      Arrays.stream(type.getRecordComponents())
          .forEach(member -> settings.add(prefix + "." + kebab(member.getName())));
    }
    return settings;
  }

  private static Set<String> settingsNamedInCode(Path root) throws IOException {
    Set<String> settings = new TreeSet<>();
    for (String module : List.of("adapters-persistence", "adapters-web", "bootstrap")) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher property = PROPERTY_IN_CODE.matcher(Files.readString(file));
          while (property.find()) {
            settings.add(property.group(1));
          }
        }
      }
    }
    return settings;
  }

  private static String kebab(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
