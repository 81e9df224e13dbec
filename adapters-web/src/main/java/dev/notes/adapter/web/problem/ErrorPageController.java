package dev.notes.adapter.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (the container refusing a request, a failure in a filter)
 * are forwarded to the error path; they get the same problem+json as everything else instead of
 * Spring Boot's error JSON or page. Replaces Boot's BasicErrorController. The {@code instance} is
 * the path the client asked for, not the error path.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

  @RequestMapping("${spring.web.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String asked ? asked : request.getRequestURI();
    ProblemDetail problem;
    if (!(code instanceof Integer status) || status < 400 || status > 599) {
      // asked for directly, not forwarded by the container: nothing to see here
      problem = ProblemWriter.forStatus(404, request.getMethod(), uri);
    } else if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
        && UnreadableBodies.cause(thrown, InvalidParameterException.class).isPresent()) {
      // a filter read parameters Tomcat could not decode: the client's mistake, not ours
      problem =
          ProblemWriter.withInstance(
              ProblemKind.INVALID_REQUEST.problem(ProblemWriter.UNDECODABLE_QUERY), uri);
    } else {
      problem = ProblemWriter.forStatus(status, request.getMethod(), uri);
    }
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
