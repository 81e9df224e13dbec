package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemCompletionTest {

  @Test
  void givenAProblemWithoutTypeOfAKnownStatus_complete_givesItTheTypeAndTitleOfItsKind() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "taken");

    ProblemKind.complete(problem);

    assertThat(problem.getType()).isEqualTo(ProblemKind.NAME_TAKEN.type());
    assertThat(problem.getTitle()).isEqualTo("Category name taken");
    assertThat(problem.getDetail()).isEqualTo("taken");
  }

  @Test
  void givenAProblemWithoutTypeOfAnUnknownStatus_complete_keepsAboutBlankAndItsTitle() {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.I_AM_A_TEAPOT);

    ProblemKind.complete(problem);

    assertThat(problem.getType()).isEqualTo(URI.create("about:blank"));
    assertThat(problem.getTitle()).isEqualTo("I'm a teapot");
    assertThat(problem.getDetail()).isEqualTo("I'm a teapot");
  }

  @Test
  void givenAProblemWithItsOwnType_complete_keepsTypeAndTitle() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "gone");
    problem.setType(URI.create("https://example.com/own"));
    problem.setTitle("Own");

    ProblemKind.complete(problem);

    assertThat(problem.getType()).isEqualTo(URI.create("https://example.com/own"));
    assertThat(problem.getTitle()).isEqualTo("Own");
  }

  @Test
  void givenAProblemWithoutDetail_complete_usesTheTitleAsDetail() {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setType(URI.create("https://example.com/own"));
    problem.setTitle("Own");

    ProblemKind.complete(problem);

    assertThat(problem.getDetail()).isEqualTo("Own");
  }

  @Test
  void givenAField_invalidField_namesItInTheDetailAndTheErrors() {
    ProblemDetail problem = InvalidFields.problem("limit", "must be at most 200");

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getDetail()).isEqualTo("limit must be at most 200");
  }
}
