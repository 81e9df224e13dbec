package dev.notes.adapter.web.problem;

import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.shared.InvalidValue;
import dev.notes.domain.shared.StaleVersion;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of problem the API reports, and <b>the one table</b> that says which failure of the
 * domain and application each kind answers. A failure listed nowhere is a defect answered 500;
 * {@code ProblemKindTest} fails the build first, naming the failure and this table.
 *
 * <p>The OpenAPI description documents each kind from here, its example detail included.
 */
public enum ProblemKind {
  INVALID_REQUEST(400, "Invalid request", "name must not be blank", InvalidValue.class),
  UNREADABLE_BODY(400, "Unreadable request body", "the request body must be a JSON object"),
  NOT_FOUND(404, "Not found", "note 7 does not exist", CategoryNotFound.class, NoteNotFound.class),
  METHOD_NOT_ALLOWED(405, "Method not allowed", "Method 'PATCH' is not supported."),
  NOT_ACCEPTABLE(406, "Not acceptable", "Acceptable representations: [application/json]."),
  NAME_TAKEN(
      409,
      "Category name taken",
      "a category named 'Tech' already exists (names are compared ignoring case)",
      CategoryNameTaken.class),
  CATEGORY_HAS_NOTES(
      409,
      "Category still has notes",
      "category 1 still has 3 notes; move or delete them first",
      CategoryStillHasNotes.class),
  STALE_VERSION(
      412,
      "Stale version",
      "note 7 is at version 4, not 3; read it again and retry",
      StaleVersion.class),
  BODY_TOO_LARGE(413, "Request body too large", "the request body is larger than 1048576 bytes"),
  UNSUPPORTED_MEDIA_TYPE(
      415, "Unsupported media type", "Content-Type 'text/plain' is not supported."),
  UNKNOWN_CATEGORY(
      422, "Unknown category", "category 9 does not exist", ReferencedCategoryNotFound.class),
  INTERNAL_ERROR(
      500, "Internal error", "the service failed unexpectedly; the failure has been logged"),
  STORAGE_UNAVAILABLE(
      503,
      "Storage unavailable",
      "the database cannot be reached right now; try again later",
      StorageUnavailable.class);

  static final String TYPE_BASE = "https://notes.dev/problems/";
  private static final URI ABOUT_BLANK = URI.create("about:blank");

  private final HttpStatus status;
  private final String title;
  private final String example;
  private final List<Class<?>> failures;

  ProblemKind(int status, String title, String example, Class<?>... failures) {
    this.status = HttpStatus.valueOf(status);
    this.title = title;
    this.example = example;
    this.failures = List.of(failures);
  }

  /** The kind that answers this failure; empty for a failure nobody mapped (a defect). */
  public static Optional<ProblemKind> answering(Class<?> failure) {
    return Arrays.stream(values()).filter(kind -> kind.failures.contains(failure)).findFirst();
  }

  /** The problem a failure is answered with, its own facts included; empty when unmapped. */
  static Optional<ProblemDetail> problemFor(RuntimeException failure) {
    return answering(failure.getClass())
        .map(
            kind -> {
              if (failure instanceof InvalidValue invalid) {
                return InvalidFields.problem(invalid.valueName(), invalid.getMessage());
              }
              ProblemDetail problem = kind.problem(String.valueOf(failure.getMessage()));
              if (failure instanceof CategoryStillHasNotes stillHasNotes) {
                problem.setProperty("noteCount", stillHasNotes.noteCount());
              }
              return problem;
            });
  }

  /** The failures of the domain and application this kind answers; none for the web's own. */
  public List<Class<?>> failures() {
    return failures;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** A typical detail: for the OpenAPI examples, and when nothing more precise is known. */
  public String example() {
    return example;
  }

  public URI type() {
    return URI.create(TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  public ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type());
    problem.setTitle(title);
    return problem;
  }

  /**
   * Fills in what a problem made elsewhere (by Spring, for its own exceptions) lacks: the type and
   * title of the first kind with its status, or {@code about:blank}; and a detail.
   */
  public static ProblemDetail complete(ProblemDetail problem) {
    if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
      Optional<ProblemKind> kind =
          Arrays.stream(values()).filter(k -> k.status.value() == problem.getStatus()).findFirst();
      problem.setType(kind.map(ProblemKind::type).orElse(ABOUT_BLANK));
      kind.ifPresent(known -> problem.setTitle(known.title));
    }
    if (problem.getDetail() == null) {
      problem.setDetail(problem.getTitle());
    }
    return problem;
  }
}
