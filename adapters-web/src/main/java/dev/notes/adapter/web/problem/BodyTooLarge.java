package dev.notes.adapter.web.problem;

import java.io.IOException;

/**
 * Reading the request body went past the limit. An IOException, because it happens inside a read:
 * whoever reads (Jackson, through Spring's message converter) reports it as an unreadable body, and
 * {@link JsonBodyMistakes} finds it among the causes to answer 413.
 */
public final class BodyTooLarge extends IOException {

  private static final long serialVersionUID = 1L;

  public BodyTooLarge(long maxBytes) {
    super("the request body is larger than " + maxBytes + " bytes");
  }
}
