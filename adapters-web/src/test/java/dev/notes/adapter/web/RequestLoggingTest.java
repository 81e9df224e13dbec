package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.domain.shared.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingTest {

  @Autowired MockMvc mvc;
  @Autowired CreateNoteUseCase createNote;
  @Autowired ListNotesUseCase listNotes;

  @Test
  void givenARequest_itsMethodPathStatusAndDuration_areLogged(CapturedOutput log) throws Exception {
    given(createNote.createNote(any())).willReturn(Fixtures.note(7, "my diary", 0));

    mvc.perform(
        post("/api/notes")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\": \"my diary\"}"));

    assertThat(log).containsPattern("INFO .* POST /api/notes 201 \\d+ms");
    assertThat(log).doesNotContain("my diary");
  }

  @Test
  void givenASearch_theSearchTextIsNotLogged(CapturedOutput log) throws Exception {
    given(listNotes.listNotes(any(), any())).willReturn(Page.empty());

    mvc.perform(get("/api/notes").param("q", "salary"));

    assertThat(log).containsPattern("GET /api/notes 200 \\d+ms");
    assertThat(log).doesNotContain("salary");
  }
}
