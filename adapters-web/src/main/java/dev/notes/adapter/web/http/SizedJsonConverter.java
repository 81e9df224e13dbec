package dev.notes.adapter.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's JSON converter, sending a body of up to {@value #SIZED_UP_TO} bytes with its {@code
 * Content-Length}. Spring MVC flushes the response once the body is written, before Tomcat knows
 * its length, so Tomcat sends it chunked: a second write to the socket for the closing chunk, on
 * every answer. A larger body (a page of long notes) is streamed chunked as before, so memory per
 * answer stays bounded.
 */
public class SizedJsonConverter extends JacksonJsonHttpMessageConverter {

  /** Holds a note, and a page of 50 notes of a few hundred characters each. */
  static final int SIZED_UP_TO = 64 * 1024;

  public SizedJsonConverter(JsonMapper mapper) {
    super(mapper);
  }

  @Override
  protected void writeInternal(
      Object value,
      ResolvableType type,
      HttpOutputMessage message,
      @Nullable Map<String, Object> hints)
      throws IOException {
    BufferedBody body = new BufferedBody(message);
    super.writeInternal(value, type, body, hints);
    body.send();
  }

  /** The body in memory until it is complete, or until it outgrows the limit and streams. */
  private static final class BufferedBody extends OutputStream implements HttpOutputMessage {

    private final HttpOutputMessage message;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private @Nullable OutputStream streaming;

    BufferedBody(HttpOutputMessage message) {
      this.message = message;
    }

    @Override
    public HttpHeaders getHeaders() {
      return message.getHeaders();
    }

    @Override
    public OutputStream getBody() {
      return this;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (streaming == null && buffer.size() + length > SIZED_UP_TO) {
        streaming = message.getBody();
        buffer.writeTo(streaming);
      }
      if (streaming != null) {
        streaming.write(bytes, offset, length);
      } else {
        buffer.write(bytes, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      if (streaming != null) {
        streaming.flush();
      }
    }

    void send() throws IOException {
      if (streaming == null) {
        message.getHeaders().setContentLength(buffer.size());
        buffer.writeTo(message.getBody());
      }
    }
  }
}
