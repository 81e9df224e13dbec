package dev.notes.adapter.web;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What every problem answer must be: problem+json with type, title, status and detail. */
final class ProblemMatchers {

  private ProblemMatchers() {}

  static ResultMatcher problem(int status, String kind) {
    return all(
        status().is(status),
        content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
        jsonPath("$.type").value("https://notes.dev/problems/" + kind),
        jsonPath("$.title").value(not(emptyOrNullString())),
        jsonPath("$.status").value(status),
        jsonPath("$.detail").value(not(emptyOrNullString())));
  }

  private static ResultMatcher all(ResultMatcher... matchers) {
    return result -> {
      for (ResultMatcher matcher : matchers) {
        matcher.match(result);
      }
    };
  }

  /** A validation failure: 400 invalid-request, blaming exactly this field. */
  static ResultMatcher invalidField(String field) {
    return all(
        problem(400, "invalid-request"),
        jsonPath("$.errors.length()").value(1),
        jsonPath("$.errors[0].field").value(field),
        jsonPath("$.errors[0].message").value(not(emptyOrNullString())));
  }
}
