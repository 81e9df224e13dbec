package dev.notes.application.fixture_violation;

import jakarta.servlet.http.HttpServletRequest;

/** Wrong on purpose (rule 2): a use case that reads the HTTP request itself. */
public final class ApplicationUsingJakarta {

  public String caller(HttpServletRequest request) {
    return request.getRemoteUser();
  }
}
