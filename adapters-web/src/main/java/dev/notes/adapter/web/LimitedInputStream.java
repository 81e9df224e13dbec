package dev.notes.adapter.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body that fails with {@link BodyTooLarge} once more than {@code maxBytes} are read. */
final class LimitedInputStream extends ServletInputStream {

  private final ServletInputStream body;
  private final long maxBytes;
  private long bytesRead;

  LimitedInputStream(ServletInputStream body, long maxBytes) {
    this.body = body;
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int next = body.read();
    if (next != -1) {
      count(1);
    }
    return next;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = body.read(buffer, offset, length);
    if (read > 0) {
      count(read);
    }
    return read;
  }

  private void count(int bytes) throws BodyTooLarge {
    bytesRead += bytes;
    if (bytesRead > maxBytes) {
      throw new BodyTooLarge(maxBytes);
    }
  }

  @Override
  public boolean isFinished() {
    return body.isFinished();
  }

  @Override
  public boolean isReady() {
    return body.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    body.setReadListener(listener);
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
