package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.notes.application.port.in.ListNotesUseCase;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.test.web.servlet.MockMvc;

/** Which failures reach the log as errors: defects do, a client that went away does not. */
@WebSliceTest
@ExtendWith(OutputCaptureExtension.class)
class FailureLoggingTest {

  @Autowired MockMvc mvc;
  @Autowired ListNotesUseCase listNotes;

  @Test
  void givenADefect_itIsLoggedAsAnError_withItsStackTrace(CapturedOutput log) throws Exception {
    given(listNotes.listNotes(any(), any())).willThrow(new IllegalStateException("a defect"));

    mvc.perform(get("/api/notes"));

    assertThat(log).containsPattern("ERROR .* GET /api/notes: unexpected failure");
    assertThat(log).contains("java.lang.IllegalStateException: a defect", "\tat ");
  }

  @Test
  void givenAClientThatWentAwayBeforeItsAnswer_nothingIsLoggedAsAnError(CapturedOutput log)
      throws Exception {
    given(listNotes.listNotes(any(), any()))
        .willThrow(
            new HttpMessageNotWritableException(
                "Could not write JSON", new IOException("Broken pipe")));

    mvc.perform(get("/api/notes"));

    assertThat(log).doesNotContain("unexpected failure").doesNotContain(" ERROR ");
  }
}
