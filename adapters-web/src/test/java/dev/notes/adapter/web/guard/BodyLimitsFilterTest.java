package dev.notes.adapter.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.adapter.web.problem.BodyEncoded;
import dev.notes.adapter.web.problem.BodyTooLarge;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodyLimitsFilterTest {

  private static final int LIMIT = 4;

  private final BodyLimitsFilter filter = new BodyLimitsFilter(LIMIT);

  @Test
  void givenADeclaredLengthExactlyAtTheLimit_theBody_readsInFull() throws Exception {
    ServletRequest limited = passedOn(declared("abcd"));

    assertThat(limited.getInputStream().readAllBytes()).isEqualTo(bytes("abcd"));
  }

  @Test
  void givenADeclaredLengthOneByteOverTheLimit_theBody_isRefusedBeforeReading() throws Exception {
    ServletRequest limited = passedOn(declared("abcde"));

    assertThatThrownBy(limited::getInputStream)
        .isInstanceOf(BodyTooLarge.class)
        .hasMessage("the request body is larger than 4 bytes");
  }

  @Test
  void givenAChunkedBodyExactlyAtTheLimit_theBody_readsInFull() throws Exception {
    ServletRequest limited = passedOn(chunked("abcd"));

    assertThat(limited.getInputStream().readAllBytes()).isEqualTo(bytes("abcd"));
  }

  @Test
  void givenAChunkedBodyOneByteOverTheLimit_readingIt_failsAtTheByteOver() throws Exception {
    ServletInputStream body = passedOn(chunked("abcde")).getInputStream();
    byte[] buffer = new byte[8];

    assertThat(body.read(buffer, 0, 3)).isEqualTo(3);
    assertThat(body.read(buffer, 3, 1)).isEqualTo(1);
    assertThatThrownBy(() -> body.read(buffer, 4, 1)).isInstanceOf(BodyTooLarge.class);
  }

  @Test
  void givenAChunkedBodyExactlyAtTheLimit_readingByteByByte_reachesTheEnd() throws Exception {
    ServletInputStream body = passedOn(chunked("abcd")).getInputStream();

    for (char expected : "abcd".toCharArray()) {
      assertThat(body.read()).isEqualTo(expected);
    }
    assertThat(body.read()).isEqualTo(-1);
    assertThat(body.read()).isEqualTo(-1);
  }

  @Test
  void givenAChunkedBodyOneByteOverTheLimit_readingByteByByte_failsAtTheByteOver()
      throws Exception {
    ServletInputStream body = passedOn(chunked("abcde")).getInputStream();

    for (int i = 0; i < LIMIT; i++) {
      assertThat(body.read()).isNotEqualTo(-1);
    }
    assertThatThrownBy(body::read).isInstanceOf(BodyTooLarge.class);
  }

  @Test
  void givenAnEmptyBody_reading_answersTheEnd() throws Exception {
    ServletInputStream body = passedOn(chunked("")).getInputStream();

    assertThat(body.read(new byte[8], 0, 8)).isEqualTo(-1);
  }

  @Test
  void givenTheBodyAskedTwice_theSameCountingStream_isReturned() throws Exception {
    ServletRequest limited = passedOn(chunked("abc"));
    ServletInputStream first = limited.getInputStream();

    assertThat(first.read(new byte[3], 0, 3)).isEqualTo(3);
    ServletInputStream second = limited.getInputStream();
    assertThat(second).isSameAs(first);
    assertThat(second.read(new byte[3], 0, 2)).isEqualTo(-1);
  }

  @Test
  void givenAReadRacingPastTheLimitOverSeveralStreams_theCount_isShared() throws Exception {
    ServletRequest limited = passedOn(chunked("abcde"));

    assertThat(limited.getInputStream().read(new byte[3], 0, 3)).isEqualTo(3);
    assertThatThrownBy(() -> limited.getInputStream().read(new byte[2], 0, 2))
        .isInstanceOf(BodyTooLarge.class);
  }

  @Test
  void givenNoCharacterEncoding_theReader_decodesUtf8() throws Exception {
    MockHttpServletRequest request = chunked("é"); // two bytes in UTF-8
    request.setCharacterEncoding((String) null);

    assertThat(passedOn(request).getReader().readLine()).isEqualTo("é");
  }

  @Test
  void givenADeclaredCharacterEncoding_theReader_decodesIt() throws Exception {
    MockHttpServletRequest request = chunked("");
    request.setContent(new byte[] {(byte) 0xE9, (byte) 0xE8});
    request.setCharacterEncoding("ISO-8859-1");

    assertThat(passedOn(request).getReader().readLine()).isEqualTo("éè");
  }

  @Test
  void givenAnUnknownCharacterEncoding_theReader_failsAsTheServletApiPromises() throws Exception {
    MockHttpServletRequest request = chunked("abc");
    request.setCharacterEncoding("no-such-charset");
    ServletRequest limited = passedOn(request);

    assertThatThrownBy(limited::getReader)
        .isInstanceOf(UnsupportedEncodingException.class)
        .hasMessage("no-such-charset");
  }

  @Test
  void givenABodyOverTheLimit_theReader_failsToo() throws Exception {
    ServletRequest limited = passedOn(chunked("abcdefgh"));

    assertThatThrownBy(() -> limited.getReader().readLine()).isInstanceOf(BodyTooLarge.class);
  }

  @Test
  void givenTheCountingStream_itsStateAndListenerAndClose_areTheWrappedStreams() throws Exception {
    Recording wrapped = new Recording();
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/notes") {
          @Override
          public ServletInputStream getInputStream() {
            return wrapped;
          }
        };
    ServletInputStream body = passedOn(request).getInputStream();
    ReadListener listener =
        new ReadListener() {
          @Override
          public void onDataAvailable() {}

          @Override
          public void onAllDataRead() {}

          @Override
          public void onError(Throwable t) {}
        };

    wrapped.finished = true;
    wrapped.ready = false;
    assertThat(body.isFinished()).isTrue();
    assertThat(body.isReady()).isFalse();
    wrapped.finished = false;
    wrapped.ready = true;
    assertThat(body.isFinished()).isFalse();
    assertThat(body.isReady()).isTrue();
    body.setReadListener(listener);
    assertThat(wrapped.listener).isSameAs(listener);
    body.close();
    assertThat(wrapped.closed).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "br", " deflate ", "identity, gzip"})
  void givenAContentCodedBody_theBody_isRefusedWhenOpened(String coding) throws Exception {
    MockHttpServletRequest request = declared("{}");
    request.addHeader("Content-Encoding", coding);
    ServletRequest limited = passedOn(request);

    assertThatThrownBy(limited::getInputStream)
        .isInstanceOf(BodyEncoded.class)
        .hasMessage(
            "the request body has Content-Encoding "
                + coding.strip()
                + "; send it without a content coding");
  }

  @ParameterizedTest
  @ValueSource(strings = {"identity", "IDENTITY", ""})
  void givenNoContentCoding_theBody_readsInFull(String coding) throws Exception {
    MockHttpServletRequest request = declared("abc");
    request.addHeader("Content-Encoding", coding);

    assertThat(passedOn(request).getInputStream().readAllBytes()).isEqualTo(bytes("abc"));
  }

  private ServletRequest passedOn(MockHttpServletRequest request) throws Exception {
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).isNotNull().isNotSameAs(request);
    return chain.getRequest();
  }

  private static MockHttpServletRequest declared(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/notes");
    request.setContent(bytes(body));
    return request;
  }

  /** Transfer-Encoding: chunked has no Content-Length to check up front. */
  private static MockHttpServletRequest chunked(String body) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/notes") {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public int getContentLength() {
            return -1;
          }
        };
    request.setContent(bytes(body));
    return request;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final class Recording extends ServletInputStream {
    private final InputStream content = new ByteArrayInputStream(new byte[0]);
    boolean finished;
    boolean ready;
    boolean closed;
    ReadListener listener;

    @Override
    public int read() throws IOException {
      return content.read();
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public boolean isReady() {
      return ready;
    }

    @Override
    public void setReadListener(ReadListener readListener) {
      listener = readListener;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
