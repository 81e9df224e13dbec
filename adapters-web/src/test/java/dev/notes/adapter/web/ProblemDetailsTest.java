package dev.notes.adapter.web;

import static dev.notes.adapter.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.shared.DomainException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Failures that are not one endpoint's: the framework's, the database's, and the unexpected. */
@WebSliceTest
class ProblemDetailsTest {

  @Autowired MockMvc mvc;
  @Autowired GetNoteUseCase getNote;

  @Test
  void givenAnUnknownPath_anyRequest_answers404Problem() throws Exception {
    mvc.perform(get("/api/nothing-here"))
        .andExpect(problem(404, "not-found"))
        .andExpect(jsonPath("$.detail").value("there is no endpoint GET /api/nothing-here"));
  }

  @Test
  void givenAnUnknownPathOfKilobytes_anyRequest_repeatsOnlyItsStartInTheDetail() throws Exception {
    mvc.perform(get("/api/" + "x".repeat(5000)))
        .andExpect(problem(404, "not-found"))
        .andExpect(
            jsonPath("$.detail").value("there is no endpoint GET /api/" + "x".repeat(35) + "..."));
  }

  @Test
  void givenAMethodThePathDoesNotSupport_request_answers405WithAllow() throws Exception {
    mvc.perform(patch("/api/notes/1"))
        .andExpect(problem(405, "method-not-allowed"))
        .andExpect(header().string("Allow", containsString("PUT")));
  }

  @Test
  void givenAMethodNameOfKilobytes_request_answers405QuotingOnlyItsStart() throws Exception {
    String method = "X".repeat(3000);

    mvc.perform(request(HttpMethod.valueOf(method), "/api/notes/1"))
        .andExpect(problem(405, "method-not-allowed"))
        .andExpect(header().string("Allow", containsString("PUT")))
        .andExpect(
            jsonPath("$.detail").value("Method '" + "X".repeat(40) + "...' is not supported."));
  }

  @Test
  void givenAnAcceptThatExcludesJson_get_answers406Problem() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").accept(MediaType.APPLICATION_XML))
        .andExpect(problem(406, "not-acceptable"))
        .andExpect(header().string("Accept", "application/json"))
        .andExpect(jsonPath("$.detail").value("Acceptable representations: [application/json]."));
  }

  @Test
  void givenAnAcceptOfProblemJsonOnly_failingRequest_answersTheProblem() throws Exception {
    given(getNote.getNote(new NoteId(9))).willThrow(new NoteNotFound(new NoteId(9)));

    mvc.perform(get("/api/notes/9").accept(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(problem(404, "not-found"))
        .andExpect(jsonPath("$.detail").value("note 9 does not exist"));
  }

  @Test
  void givenAnAcceptOfProblemJsonOnly_success_answers406WithoutTheETag() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").accept(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(problem(406, "not-acceptable"))
        .andExpect(jsonPath("$.detail").value("Acceptable representations: [application/json]."))
        .andExpect(header().string("Accept", "application/json"))
        .andExpect(header().doesNotExist("ETag"));
  }

  @Test
  void givenAnAcceptOfProblemJsonThenJson_success_isPlainJson() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").header("Accept", "application/problem+json, application/json"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.text").value("hi"));
  }

  @Test
  void givenAnAcceptThatExcludesJson_failingRequest_stillAnswersTheProblemAsJson()
      throws Exception {
    mvc.perform(get("/api/nothing-here").accept(MediaType.TEXT_HTML))
        .andExpect(problem(404, "not-found"));
  }

  @Test
  void givenAFailureThatNoProblemKindMaps_anyRequest_answers500NotAClientError() throws Exception {
    class Unmapped extends DomainException {
      private static final long serialVersionUID = 1L;

      Unmapped() {
        super("a rule nobody mapped yet");
      }
    }
    given(getNote.getNote(any())).willThrow(new Unmapped());

    mvc.perform(get("/api/notes/1"))
        .andExpect(problem(500, "internal-error"))
        .andExpect(content().string(not(containsString("nobody mapped"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=5&limit=x", "limit=5&limit=6", "q=a&q=b", "cursor=a&cursor=b"})
  void givenARepeatedParameter_list_answers400NamingItInPlainWords(String query) throws Exception {
    String parameter = query.substring(0, query.indexOf('='));
    mvc.perform(get("/api/notes?" + query))
        .andExpect(ProblemMatchers.invalidField(parameter))
        .andExpect(jsonPath("$.detail").value(parameter + " must be given once, was given 2 times"))
        .andExpect(content().string(not(containsString("java"))));
  }

  @Test
  void givenAnAcceptHeaderThatIsNotAMediaType_get_answers406Problem() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").header("Accept", "no media type"))
        .andExpect(problem(406, "not-acceptable"))
        .andExpect(header().string("Accept", "application/json"));
  }

  @Test
  void givenAContentTypeThatIsNotAMediaType_post_answers415Problem() throws Exception {
    mvc.perform(post("/api/notes").header("Content-Type", "no media type").content("{}"))
        .andExpect(problem(415, "unsupported-media-type"));
  }

  @Test
  void givenTheDatabaseIsDown_anyRequest_answers503WithRetryAfterAndNoInternals() throws Exception {
    given(getNote.getNote(any()))
        .willThrow(
            new StorageUnavailable(
                new SQLTransientConnectionException(
                    "notes - Connection is not available, jdbc:mysql://db:3306")));

    mvc.perform(get("/api/notes/1"))
        .andExpect(problem(503, "storage-unavailable"))
        .andExpect(
            jsonPath("$.detail").value("the database cannot be reached right now; try again later"))
        .andExpect(header().string("Retry-After", "5"))
        .andExpect(content().string(not(containsString("SQL"))))
        .andExpect(content().string(not(containsString("jdbc"))))
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("dev.notes"))));
  }

  @Test
  void givenTheDatabaseTooContended_anyRequest_answers503SayingSo() throws Exception {
    given(getNote.getNote(any()))
        .willThrow(
            StorageUnavailable.busy(
                new SQLTransientException(
                    "Lock wait timeout exceeded; try restarting transaction")));

    mvc.perform(get("/api/notes/1"))
        .andExpect(problem(503, "storage-unavailable"))
        .andExpect(
            jsonPath("$.detail")
                .value("the database is too busy to finish this right now; try again later"))
        .andExpect(header().string("Retry-After", "5"))
        .andExpect(content().string(not(containsString("Lock wait"))));
  }

  @Test
  void givenAnUnexpectedFailure_anyRequest_answers500WithAGenericDetailOnly() throws Exception {
    given(getNote.getNote(any()))
        .willThrow(new IllegalStateException("SELECT secret FROM note -- boom"));

    mvc.perform(get("/api/notes/1"))
        .andExpect(problem(500, "internal-error"))
        .andExpect(
            jsonPath("$.detail")
                .value("the service failed unexpectedly; the failure has been logged"))
        .andExpect(content().string(not(containsString("SELECT"))))
        .andExpect(content().string(not(containsString("IllegalStateException"))))
        .andExpect(content().string(not(containsString("\tat "))));
  }

  @Test
  void givenAWellFormedRequest_success_isPlainJsonNotProblemJson() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON));
  }

  @Test
  void givenAJsonBodyWithAnUnknownCharset_create_answers415() throws Exception {
    mvc.perform(
            post("/api/notes")
                .contentType("application/json;charset=no-such-charset")
                .content("{\"text\": \"hi\"}"))
        .andExpect(problem(415, "unsupported-media-type"));
  }
}
