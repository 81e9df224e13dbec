package dev.notes.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs may not drift from the code: every file path and every Notes type (and method) that
 * README.md or docs/*.md names in backticks must exist. Fenced code blocks are not checked: they
 * show shapes, abbreviated with {@code ...}.
 *
 * <p>What is checked in an inline {@code `code`} span:
 *
 * <ul>
 *   <li>a span that is a repository path ({@code a/b/C.java}, {@code domain/pom.xml}): the file
 *       exists, relative to the repository root;
 *   <li>an UpperCamelCase name that looks like a Notes type (its suffix is one of {@link
 *       #PROJECT_SUFFIXES}, or it is written {@code Type#method} / {@code Type.method}): a class,
 *       interface, record or enum of that simple name is declared, top-level or nested, in some
 *       module's {@code src/main/java} or {@code src/test/java}; with a method, the method's name
 *       appears in that source file;
 *   <li>a test method's name ({@code givenX_action_outcome}, {@code putCategory_toATakenName_...}):
 *       some module's test sources declare it.
 * </ul>
 *
 * Placeholders ({@code XxxUseCase}), globs ({@code *Mapper}, {@code MyBatis*Repository}) and
 * annotations ({@code @Mapper}) are not names of Notes types and are skipped.
 */
class DocsNameRealThingsTest {

  /** How a Notes type's name ends; a backticked name ending otherwise is not checked. */
  private static final Pattern PROJECT_SUFFIXES =
      Pattern.compile(
          ".*(UseCase|Service|Controller|Command|Repository|Mapper|Test|Request|Response|Responses"
              + "|Kind|Advice|Filter|Codec|Tags|Values|Configuration|Rules|NotFound|Taken|Version"
              + "|Value|Api|Exception|Row|Rows|Query|Contract|Valve|Writer|Bodies|Large|Json"
              + "|Translation|Handler|Unavailable|Choice|Resolver|Application|Description|UnitOfWork"
              + "|Category|Note|Notes|Name|Id|Text|Position|Page|Filter|Fixtures|Database|Clock)");

  /**
   * Names that look like Notes types but belong to the JDK or a library (Spring, MyBatis, JUnit,
   * Jackson, Tomcat, ...). Keep this short: add a name only when it is truly not a Notes type.
   */
  private static final Set<String> NOT_NOTES_TYPES =
      Set.of(
          "ConcurrencyFailureException", // Spring
          "DefaultObjectFactory", // MyBatis
          "DuplicateKeyException", // Spring
          "IllegalAccessException", // JDK
          "PessimisticLockingFailureException", // Spring
          "Reflection", // JDK internal
          "StatementImpl", // Connector/J
          "System"); // JDK (`System.out`)

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

  private static final String EXTENSIONS = "java|xml|md|sql|yml|yaml|sh|properties|json|config";

  private static final Pattern PATH =
      Pattern.compile("[A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)+\\.(?:" + EXTENSIONS + ")");

  /** A name, and what follows it: {@code #method}, {@code .method} or nothing. */
  private static final Pattern NAME =
      Pattern.compile(
          "(?<![A-Za-z0-9_*@$/\"-])([A-Z][a-z0-9]+[A-Za-z0-9]*)(?![A-Za-z0-9_*])(?:[#.]([a-z][A-Za-z0-9_]*))?");

  /** A test method's name as the tests here spell it: {@code givenX_action_outcome}. */
  private static final Pattern TEST_METHOD =
      Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+");

  private static final Pattern DECLARATION =
      Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z][A-Za-z0-9_]*)");

  private final Path root = RepositoryRoot.find();

  private final String testSources = testSourcesOf(root);

  /** How many paths and names were checked: a pattern that matches nothing checks nothing. */
  private int checked;

  @Test
  void givenTheDocs_everyBacktickedPathAndNotesType_exists() {
    Map<String, List<Path>> types = declaredTypes();
    assertThat(types)
        .as("the scan must see the code it checks against")
        .containsKey("NotesApplication");
    List<String> problems = new ArrayList<>();
    for (Path doc : docs()) {
      List<String> lines = read(doc);
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.strip().startsWith("```")) {
          fenced = !fenced;
          continue;
        }
        if (fenced) {
          continue;
        }
        Matcher span = CODE_SPAN.matcher(line);
        while (span.find()) {
          String where = root.relativize(doc) + ":" + (i + 1);
          check(span.group(1).strip(), where, types, problems);
        }
      }
    }
    assertThat(checked).as("paths and names checked in the docs").isGreaterThan(100);
    assertThat(problems)
        .as(
            "The docs name things that do not exist; fix the doc or the name (or, for a library"
                + " type, add it to NOT_NOTES_TYPES in %s):%n  %s%n",
            getClass().getSimpleName(), String.join(System.lineSeparator() + "  ", problems))
        .isEmpty();
  }

  private void check(
      String span, String where, Map<String, List<Path>> types, List<String> problems) {
    if (PATH.matcher(span).matches()) {
      checked++;
      // a build output (target/...) exists only after the build that writes it
      if (!span.contains("target/") && !Files.exists(root.resolve(span))) {
        problems.add(where + ": file `" + span + "` does not exist in the repository");
      }
      return;
    }
    // givenX_... is the naming pattern itself, like the Xxx of a type
    if (TEST_METHOD.matcher(span).matches() && !span.startsWith("givenX_")) {
      checked++;
      if (!testSources.contains(span + "(")) {
        problems.add(where + ": `" + span + "` names a test method that no test declares");
      }
      return;
    }
    Matcher name = NAME.matcher(span);
    while (name.find()) {
      String type = name.group(1);
      if (qualifiedOutsideNotes(span, name.start(1))) {
        continue;
      }
      String member = name.group(2);
      boolean fileName = member != null && member.matches(EXTENSIONS);
      if (fileName) {
        member = null;
      }
      boolean projectish = fileName || member != null || PROJECT_SUFFIXES.matcher(type).matches();
      if (!projectish || type.startsWith("Xxx") || NOT_NOTES_TYPES.contains(type)) {
        continue;
      }
      checked++;
      List<Path> declaredIn = types.get(type);
      if (declaredIn == null) {
        problems.add(where + ": `" + span + "` names type " + type + ", which no module declares");
      } else if (member != null && !mentions(declaredIn, member)) {
        problems.add(
            where
                + ": `"
                + span
                + "` names "
                + type
                + "#"
                + member
                + ", but "
                + member
                + " does not appear in "
                + declaredIn.stream().map(root::relativize).toList());
      }
    }
  }

  /** {@code org.apache.ibatis.annotations.Mapper}: a name in a package that is not Notes'. */
  private static boolean qualifiedOutsideNotes(String span, int start) {
    int from = start;
    while (from > 0
        && (Character.isJavaIdentifierPart(span.charAt(from - 1))
            || span.charAt(from - 1) == '.')) {
      from--;
    }
    String qualifier = span.substring(from, start);
    return !qualifier.isEmpty() && !qualifier.startsWith("dev.notes.");
  }

  private boolean mentions(List<Path> files, String member) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(member) + "\\b");
    return files.stream().anyMatch(file -> word.matcher(String.join("\n", read(file))).find());
  }

  private List<Path> docs() {
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** Simple name of every type declared in a module's main or test sources, to its files. */
  private Map<String, List<Path>> declaredTypes() {
    Map<String, List<Path>> types = new HashMap<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        for (String sources : List.of("src/main/java", "src/test/java")) {
          Path dir = module.resolve(sources);
          if (!Files.isDirectory(dir)) {
            continue;
          }
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
              Matcher declared = DECLARATION.matcher(String.join("\n", read(file)));
              while (declared.find()) {
                types.computeIfAbsent(declared.group(1), k -> new ArrayList<>()).add(file);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return types;
  }

  /** Every module's test sources as one text. */
  private static String testSourcesOf(Path root) {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path dir = module.resolve("src/test/java");
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files
                .filter(file -> file.toString().endsWith(".java"))
                .forEach(file -> text.append(String.join("\n", read(file))).append('\n'));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
