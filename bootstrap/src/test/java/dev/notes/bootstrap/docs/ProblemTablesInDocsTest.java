package dev.notes.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.adapter.web.problem.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two tables of problems in docs/ are written by hand for their readers, and may not drift from
 * {@link ProblemKind}, the table the service answers by: docs/api.md lists every problem type a
 * caller can meet, docs/architecture.md every failure class and the type it is answered with.
 */
class ProblemTablesInDocsTest {

  private static final String TYPE_BASE = "https://notes.dev/problems/";

  /** A table row: its first cell, then the others. */
  private static final Pattern ROW = Pattern.compile("(?m)^\\|([^|\\n]*)\\|(.*)\\|\\s*$");

  /** A failure class's simple name, or a problem type's slug, in backticks. */
  private static final Pattern CODE = Pattern.compile("`([A-Z][A-Za-z]+|[a-z]+(?:-[a-z]+)*)`");

  @Test
  void apiMd_listsEveryProblemTypeWithItsStatus() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    for (List<String> row : rowsOfTable("docs/api.md", "| type (")) {
      codeIn(row.get(0)).forEach(type -> documented.put(type, row.get(1).trim()));
    }

    Map<String, String> answered = new TreeMap<>();
    for (ProblemKind kind : ProblemKind.values()) {
      answered.put(slug(kind), String.valueOf(kind.status().value()));
    }
    assertThat(documented)
        .as("docs/api.md's table of problem types, against ProblemKind: a type and its status")
        .isEqualTo(answered);
  }

  @Test
  void architectureMd_listsEveryFailureWithItsStatusAndType() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    for (List<String> row : rowsOfTable("docs/architecture.md", "| failure | package |")) {
      String answer = row.get(2).trim() + " " + codeIn(row.get(3)).get(0);
      codeIn(row.get(0)).forEach(failure -> documented.put(failure, answer));
    }

    Map<String, String> answered = new TreeMap<>();
    for (ProblemKind kind : ProblemKind.values()) {
      kind.failures()
          .forEach(
              failure ->
                  answered.put(failure.getSimpleName(), kind.status().value() + " " + slug(kind)));
    }
    assertThat(documented)
        .as("docs/architecture.md's table of failures, against ProblemKind: status and type")
        .isEqualTo(answered);
  }

  private static String slug(ProblemKind kind) {
    String type = kind.type().toString();
    assertThat(type).startsWith(TYPE_BASE);
    return type.substring(TYPE_BASE.length());
  }

  /** The cells of each row of the table whose header starts so, the header and rule left out. */
  private static List<List<String>> rowsOfTable(String doc, String header) throws IOException {
    String text = Files.readString(RepositoryRoot.find().resolve(doc), StandardCharsets.UTF_8);
    int start = text.indexOf("\n" + header);
    assertThat(start).as("%s has a table whose header starts with %s", doc, header).isPositive();
    int end = text.indexOf("\n\n", start + 1);
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(text.substring(start + 1, end < 0 ? text.length() : end));
    for (int line = 0; row.find(); line++) {
      if (line >= 2) {
        List<String> cells = new ArrayList<>(List.of(row.group(1)));
        cells.addAll(Arrays.asList(row.group(2).split("\\|", -1)));
        rows.add(cells);
      }
    }
    assertThat(rows).as("rows of the table in %s", doc).isNotEmpty();
    return rows;
  }

  /** The class names and slugs a cell holds in backticks; other code (a header) is left out. */
  private static List<String> codeIn(String cell) {
    List<String> code = new ArrayList<>();
    Matcher span = CODE.matcher(cell);
    while (span.find()) {
      code.add(span.group(1));
    }
    return code;
  }
}
