package dev.notes.adapter.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of problem the API reports, each with its own {@code type} URI. The advice answers
 * with these, and the OpenAPI description documents them from here, example included.
 */
enum ProblemKind {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request", "name must not be blank"),
  UNREADABLE_BODY(
      HttpStatus.BAD_REQUEST,
      "Unreadable request body",
      "the request body is not well-formed JSON: Unexpected end-of-input"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found", "note 7 does not exist"),
  METHOD_NOT_ALLOWED(
      HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "Method 'PATCH' is not supported."),
  NOT_ACCEPTABLE(
      HttpStatus.NOT_ACCEPTABLE,
      "Not acceptable",
      "Acceptable representations: [application/json, application/*+json]."),
  NAME_TAKEN(
      HttpStatus.CONFLICT,
      "Category name taken",
      "a category named 'Tech' already exists (names are compared ignoring case)"),
  CATEGORY_HAS_NOTES(
      HttpStatus.CONFLICT,
      "Category still has notes",
      "category 1 still has 3 notes; move or delete them first"),
  STALE_VERSION(
      HttpStatus.PRECONDITION_FAILED,
      "Stale version",
      "note 7 is at version 4, not 3; read it again and retry"),
  BODY_TOO_LARGE(
      HttpStatus.CONTENT_TOO_LARGE,
      "Request body too large",
      "the request body is larger than 1048576 bytes"),
  UNSUPPORTED_MEDIA_TYPE(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported media type",
      "Content-Type 'text/plain' is not supported."),
  RULE_BROKEN(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Request breaks a rule",
      "the request cannot be carried out as asked"),
  UNKNOWN_CATEGORY(
      HttpStatus.UNPROCESSABLE_CONTENT, "Unknown category", "category 9 does not exist"),
  INTERNAL_ERROR(
      HttpStatus.INTERNAL_SERVER_ERROR,
      "Internal error",
      "the service failed unexpectedly; the failure has been logged"),
  STORAGE_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "Storage unavailable",
      "the database cannot be reached right now; try again later");

  static final String TYPE_BASE = "https://notes.dev/problems/";
  private static final URI ABOUT_BLANK = URI.create("about:blank");

  private final HttpStatus status;
  private final String title;

  /** The detail when nothing more precise is known; the example in the OpenAPI description. */
  private final String defaultDetail;

  ProblemKind(HttpStatus status, String title, String defaultDetail) {
    this.status = status;
    this.title = title;
    this.defaultDetail = defaultDetail;
  }

  /** The kind for a status when nothing more precise is known: the first listed with it. */
  static Optional<ProblemKind> forStatus(int status) {
    return Arrays.stream(values()).filter(kind -> kind.status.value() == status).findFirst();
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }

  String defaultDetail() {
    return defaultDetail;
  }

  URI type() {
    return URI.create(TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** A validation failure: the detail names the field, {@code errors} lists it for programs. */
  static ProblemDetail invalidField(String field, String message) {
    ProblemDetail problem = INVALID_REQUEST.problem(field + " " + message);
    problem.setProperty("errors", List.of(new FieldError(field, message)));
    return problem;
  }

  /**
   * Fills in what a problem made elsewhere (by Spring, for its own exceptions) lacks: our type and
   * title for its status, or {@code about:blank}; and a detail, which Spring may leave out.
   */
  static ProblemDetail complete(ProblemDetail problem) {
    if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
      Optional<ProblemKind> kind = forStatus(problem.getStatus());
      problem.setType(kind.map(ProblemKind::type).orElse(ABOUT_BLANK));
      kind.ifPresent(known -> problem.setTitle(known.title));
    }
    if (problem.getDetail() == null) {
      problem.setDetail(problem.getTitle());
    }
    return problem;
  }

  ProblemDetail problem() {
    return problem(defaultDetail);
  }

  ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type());
    problem.setTitle(title);
    return problem;
  }
}
