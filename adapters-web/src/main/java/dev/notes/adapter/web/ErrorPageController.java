package dev.notes.adapter.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (the servlet container refusing a request, a failure in a
 * filter) are forwarded to the error path; they get the same problem+json as everything else
 * instead of Spring Boot's error JSON or page. Replaces Boot's BasicErrorController. The detail is
 * generic on purpose: what the container knows may be an exception message.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

  @RequestMapping("${spring.web.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    HttpStatusCode status = statusOf(request);
    String detail =
        status.is5xxServerError()
            ? ProblemKind.INTERNAL_ERROR.exampleDetail()
            : "the request was refused before it reached the API (" + status.value() + ")";
    ProblemDetail problem = ProblemKind.complete(ProblemDetail.forStatusAndDetail(status, detail));
    return ResponseEntity.status(status).body(problem);
  }

  private static HttpStatusCode statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer value && value >= 400 && value <= 599
        ? HttpStatusCode.valueOf(value)
        : HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
