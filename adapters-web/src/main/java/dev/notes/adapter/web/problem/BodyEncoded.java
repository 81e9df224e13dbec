package dev.notes.adapter.web.problem;

import java.io.IOException;

/**
 * The request body is content-coded ({@code Content-Encoding: gzip}), which the API does not read.
 * An IOException raised when the body is opened, like {@link BodyTooLarge}, so that a request which
 * carries no body is never refused for its header; answered 415.
 */
public final class BodyEncoded extends IOException {

  private static final long serialVersionUID = 1L;

  public BodyEncoded(String contentEncoding) {
    super(
        "the request body has Content-Encoding "
            + contentEncoding
            + "; send it without a content coding");
  }
}
