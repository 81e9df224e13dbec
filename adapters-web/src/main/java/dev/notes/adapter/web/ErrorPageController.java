package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (the servlet container refusing a request, a failure in a
 * filter) are forwarded to the error path; they get the same problem+json as everything else
 * instead of Spring Boot's error JSON or page. Replaces Boot's BasicErrorController. The detail is
 * generic on purpose: what the container knows may be an exception message. The {@code instance} is
 * the path the client asked for, not the error path.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

  @RequestMapping("${spring.web.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!(code instanceof Integer status) || status < 400 || status > 599) {
      // asked for directly, not forwarded by the container: nothing to see here
      return answer(
          ProblemKind.NOT_FOUND.problem(
              "there is no endpoint " + request.getMethod() + " " + request.getRequestURI()),
          request);
    }
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable thrown
        && Causes.find(thrown, InvalidParameterException.class).isPresent()) {
      // a filter read parameters Tomcat could not decode: the client's mistake, not ours
      return answer(ProblemKind.INVALID_REQUEST.problem(MalformedParametersFilter.DETAIL), request);
    }
    String detail =
        status >= 500
            ? ProblemKind.INTERNAL_ERROR.defaultDetail()
            : status == 405
                ? "the method is not allowed here; the Allow header lists those that are"
                : "the request was refused before it reached the API";
    return answer(
        ProblemKind.complete(
            ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail)),
        request);
  }

  private static ResponseEntity<ProblemDetail> answer(
      ProblemDetail problem, HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    ProblemWriter.setInstance(
        problem, original instanceof String uri ? uri : request.getRequestURI());
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
