package dev.notes.adapter.web;

import static dev.notes.adapter.web.Fixtures.json;
import static dev.notes.adapter.web.Fixtures.note;
import static dev.notes.adapter.web.Fixtures.versions;
import static dev.notes.adapter.web.ProblemMatchers.invalidField;
import static dev.notes.adapter.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.CreateNoteUseCase.CreateNoteCommand;
import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.application.port.in.DeleteNoteUseCase.DeleteNoteCommand;
import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.in.EditNoteUseCase.EditNoteCommand;
import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.StaleVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class NoteControllerTest {

  @Autowired MockMvc mvc;
  @Autowired CreateNoteUseCase createNote;
  @Autowired GetNoteUseCase getNote;
  @Autowired EditNoteUseCase editNote;
  @Autowired DeleteNoteUseCase deleteNote;

  @Test
  void givenNoCategory_create_answers201WithANullCategory() throws Exception {
    given(createNote.createNote(any())).willReturn(note(7, " keep my spaces ", 0));

    mvc.perform(json(post("/api/notes"), "{\"text\": \" keep my spaces \"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/notes/7"))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(
            content()
                .json(
                    """
                    {"id": 7, "text": " keep my spaces ", "category": null,
                     "createdAt": "2026-11-24T10:00:00.000Z", "updatedAt": "2026-11-24T10:00:05.120Z",
                     "version": 0}\
                    """,
                    JsonCompareMode.STRICT));
    then(createNote)
        .should()
        .createNote(new CreateNoteCommand(new NoteText(" keep my spaces "), CategoryChoice.none()));
  }

  @Test
  void givenACategoryId_create_asksForThatCategory() throws Exception {
    given(createNote.createNote(any())).willReturn(note(7, "hi", 1, "tech", 0));

    mvc.perform(json(post("/api/notes"), "{\"text\": \"hi\", \"categoryId\": 1}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.category.id").value(1))
        .andExpect(jsonPath("$.category.name").value("tech"));
    then(createNote)
        .should()
        .createNote(
            new CreateNoteCommand(new NoteText("hi"), new CategoryChoice.ById(new CategoryId(1))));
  }

  @Test
  void givenACategoryName_create_asksForTheCategoryByName() throws Exception {
    given(createNote.createNote(any())).willReturn(note(7, "hi", 1, "tech", 0));

    mvc.perform(json(post("/api/notes"), "{\"text\": \"hi\", \"categoryName\": \"tech\"}"))
        .andExpect(status().isCreated());
    then(createNote)
        .should()
        .createNote(
            new CreateNoteCommand(
                new NoteText("hi"), new CategoryChoice.ByName(new CategoryName("tech"))));
  }

  @Test
  void givenBothCategoryFields_create_answers400() throws Exception {
    mvc.perform(
            json(
                post("/api/notes"),
                "{\"text\": \"hi\", \"categoryId\": 1, \"categoryName\": \"tech\"}"))
        .andExpect(invalidField("categoryName"));
    then(createNote).shouldHaveNoInteractions();
  }

  @Test
  void givenAnInvalidCategoryName_create_answers400BlamingCategoryName() throws Exception {
    mvc.perform(json(post("/api/notes"), "{\"text\": \"hi\", \"categoryName\": \" \"}"))
        .andExpect(invalidField("categoryName"))
        .andExpect(jsonPath("$.detail").value("categoryName must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"text\": \"  \"}", "{\"text\": null}", "{}"})
  void givenNoRealText_create_answers400BlamingText(String body) throws Exception {
    mvc.perform(json(post("/api/notes"), body)).andExpect(invalidField("text"));
    then(createNote).shouldHaveNoInteractions();
  }

  @Test
  void givenABlankTextAndABlankCategoryName_create_answers400NamingBoth() throws Exception {
    mvc.perform(json(post("/api/notes"), "{\"text\": \" \", \"categoryName\": \"\"}"))
        .andExpect(problem(400, "invalid-request"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("text", "categoryName")))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "text must contain a non-white-space character;"
                        + " categoryName must not be blank"));
    then(createNote).shouldHaveNoInteractions();
  }

  @Test
  void givenNoTextAndBothCategoryFields_edit_answers400NamingBothAndChangesNothing()
      throws Exception {
    mvc.perform(json(put("/api/notes/7"), "{\"categoryId\": 1, \"categoryName\": \"tech\"}"))
        .andExpect(problem(400, "invalid-request"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("text", "categoryName")))
        .andExpect(jsonPath("$.instance").value("/api/notes/7"));
    then(editNote).shouldHaveNoInteractions();
  }

  @Test
  void givenANonPositiveCategoryId_create_answers400() throws Exception {
    mvc.perform(json(post("/api/notes"), "{\"text\": \"hi\", \"categoryId\": 0}"))
        .andExpect(invalidField("categoryId"));
  }

  @Test
  void givenAnReferencedCategoryNotFoundId_create_answers422() throws Exception {
    given(createNote.createNote(any()))
        .willThrow(new ReferencedCategoryNotFound(new CategoryId(9)));

    mvc.perform(json(post("/api/notes"), "{\"text\": \"hi\", \"categoryId\": 9}"))
        .andExpect(problem(422, "unknown-category"))
        .andExpect(jsonPath("$.detail").value("category 9 does not exist"));
  }

  @Test
  void givenAnExistingNote_get_answersItWithItsETag() throws Exception {
    given(getNote.getNote(new NoteId(7))).willReturn(note(7, "hi", 5));

    mvc.perform(get("/api/notes/7"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"5\""))
        .andExpect(jsonPath("$.category").value((Object) null));
  }

  /** The version does not change when the note's category is renamed: a 304 could be stale. */
  @Test
  void givenTheCurrentETagInIfNoneMatch_get_answersTheWholeNoteAnyway() throws Exception {
    given(getNote.getNote(new NoteId(7))).willReturn(note(7, "hi", 5));

    mvc.perform(get("/api/notes/7").header("If-None-Match", "\"5\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"5\""))
        .andExpect(jsonPath("$.text").value("hi"));
  }

  @Test
  void givenNoSuchNote_get_answers404() throws Exception {
    given(getNote.getNote(new NoteId(8))).willThrow(new NoteNotFound(new NoteId(8)));

    mvc.perform(get("/api/notes/8")).andExpect(problem(404, "not-found"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "99999999999999999999", "1.5"})
  void givenAnIdThatIsNotA64BitNumber_get_answers400(String id) throws Exception {
    mvc.perform(get("/api/notes/" + id))
        .andExpect(invalidField("id"))
        .andExpect(
            jsonPath("$.detail")
                .value("id must be a whole number up to 9223372036854775807, was '" + id + "'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1"})
  void givenAnIdThatCannotExist_get_answers400(String id) throws Exception {
    mvc.perform(get("/api/notes/" + id))
        .andExpect(invalidField("id"))
        .andExpect(jsonPath("$.detail").value("id must be a positive whole number, was " + id));
    then(getNote).shouldHaveNoInteractions();
  }

  @Test
  void givenANullCategoryIdAndNoCategoryName_edit_makesTheNoteUncategorized() throws Exception {
    given(editNote.editNote(any())).willReturn(note(7, "new", 2));

    mvc.perform(
            json(put("/api/notes/7"), "{\"text\": \"new\", \"categoryId\": null}")
                .header("If-Match", "\"1\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""));
    then(editNote)
        .should()
        .editNote(
            new EditNoteCommand(
                new NoteId(7), new NoteText("new"), CategoryChoice.none(), versions(1L)));
  }

  @Test
  void givenIfMatchStar_edit_acceptsAnyVersion() throws Exception {
    given(editNote.editNote(any())).willReturn(note(7, "new", 2));

    mvc.perform(json(put("/api/notes/7"), "{\"text\": \"new\"}").header("If-Match", "*"))
        .andExpect(status().isOk());
    then(editNote)
        .should()
        .editNote(
            new EditNoteCommand(
                new NoteId(7), new NoteText("new"), CategoryChoice.none(), ExpectedVersions.any()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"W/\"1\"", "1", "\"one\"", "\"01\"", "W/\"1\", \"01\"", "\"1\" \"2\"", "", " "})
  void givenAnIfMatchThatCanNeverMatch_edit_answers412AndChangesNothing(String ifMatch)
      throws Exception {
    mvc.perform(json(put("/api/notes/7"), "{\"text\": \"new\"}").header("If-Match", ifMatch))
        .andExpect(problem(412, "stale-version"));
    then(editNote).shouldHaveNoInteractions();
  }

  @Test
  void givenAnIfMatchList_edit_passesEveryListedVersionWithoutReadingTheNote() throws Exception {
    given(editNote.editNote(any())).willReturn(note(7, "new", 1));

    mvc.perform(
            json(put("/api/notes/7"), "{\"text\": \"new\"}").header("If-Match", "\"0\", \"99\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
    then(editNote)
        .should()
        .editNote(
            new EditNoteCommand(
                new NoteId(7), new NoteText("new"), CategoryChoice.none(), versions(0L, 99L)));
    then(getNote).shouldHaveNoInteractions();
  }

  @Test
  void givenIfMatchOverSeveralHeaderLines_edit_readsThemAsOneList() throws Exception {
    given(editNote.editNote(any())).willReturn(note(7, "new", 100));

    mvc.perform(
            json(put("/api/notes/7"), "{\"text\": \"new\"}")
                .header("If-Match", "\"0\"", "W/\"5\", \"99\""))
        .andExpect(status().isOk());
    then(editNote)
        .should()
        .editNote(
            new EditNoteCommand(
                new NoteId(7), new NoteText("new"), CategoryChoice.none(), versions(0L, 99L)));
  }

  @Test
  void givenAStrongTagAndTheSameTagWeak_edit_passesTheStrongOne() throws Exception {
    given(editNote.editNote(any())).willReturn(note(7, "new", 4));

    mvc.perform(
            json(put("/api/notes/7"), "{\"text\": \"new\"}").header("If-Match", "\"3\", W/\"3\""))
        .andExpect(status().isOk());
    then(editNote)
        .should()
        .editNote(
            new EditNoteCommand(
                new NoteId(7), new NoteText("new"), CategoryChoice.none(), versions(3L)));
  }

  @Test
  void givenAnIfMatchListWithoutTheCurrentVersion_edit_answers412SayingWhich() throws Exception {
    given(editNote.editNote(any())).willThrow(new StaleVersion("note 7", List.of(1L, 2L), 4));

    mvc.perform(json(put("/api/notes/7"), "{\"text\": \"new\"}").header("If-Match", "\"1\", \"2\""))
        .andExpect(problem(412, "stale-version"))
        .andExpect(
            jsonPath("$.detail")
                .value("note 7 is at version 4, not one of 1, 2; read it again and retry"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0x10", "0X1", "#10", "\uff11", "\u0663", "1 ", " 1", "+1", "1e3", "1_000"})
  void givenAnIdThatIsNotPlainDecimalDigits_get_answers400NamingIt(String id) throws Exception {
    mvc.perform(get("/api/notes/{id}", id)).andExpect(invalidField("id"));
    then(getNote).shouldHaveNoInteractions();
  }

  @Test
  void givenAnIdWithLeadingZeros_get_readsItAsDecimal() throws Exception {
    given(getNote.getNote(new NoteId(10))).willReturn(note(10, "hi", 0));

    mvc.perform(get("/api/notes/010"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(10));
    then(getNote).should().getNote(new NoteId(10));
  }

  @Test
  void givenAStaleIfMatch_edit_answers412() throws Exception {
    given(editNote.editNote(any())).willThrow(new StaleVersion("note 7", List.of(1L), 2));

    mvc.perform(json(put("/api/notes/7"), "{\"text\": \"new\"}").header("If-Match", "\"1\""))
        .andExpect(problem(412, "stale-version"));
  }

  @Test
  void givenAnReferencedCategoryNotFoundId_edit_answers422() throws Exception {
    given(editNote.editNote(any())).willThrow(new ReferencedCategoryNotFound(new CategoryId(9)));

    mvc.perform(json(put("/api/notes/7"), "{\"text\": \"new\", \"categoryId\": 9}"))
        .andExpect(problem(422, "unknown-category"));
  }

  @Test
  void givenAnExistingNote_delete_answers204() throws Exception {
    mvc.perform(delete("/api/notes/7")).andExpect(status().isNoContent());
    then(deleteNote).should().deleteNote(DeleteNoteCommand.anyVersion(new NoteId(7)));
  }

  @Test
  void givenAnIfMatch_delete_passesItsVersionAsTheExpectedOne() throws Exception {
    mvc.perform(delete("/api/notes/7").header("If-Match", "\"3\""))
        .andExpect(status().isNoContent());
    then(deleteNote).should().deleteNote(new DeleteNoteCommand(new NoteId(7), versions(3L)));
  }

  @Test
  void givenAStaleIfMatch_delete_answers412() throws Exception {
    willThrow(new StaleVersion("note 7", List.of(3L), 4)).given(deleteNote).deleteNote(any());

    mvc.perform(delete("/api/notes/7").header("If-Match", "\"3\""))
        .andExpect(problem(412, "stale-version"));
  }

  @Test
  void givenAnIfMatchThatCanNeverMatch_delete_answers412AndDeletesNothing() throws Exception {
    mvc.perform(delete("/api/notes/7").header("If-Match", "W/\"3\""))
        .andExpect(problem(412, "stale-version"));
    then(deleteNote).shouldHaveNoInteractions();
  }

  @Test
  void givenNoSuchNote_delete_answers404() throws Exception {
    willThrow(new NoteNotFound(new NoteId(7))).given(deleteNote).deleteNote(any());

    mvc.perform(delete("/api/notes/7")).andExpect(problem(404, "not-found"));
  }
}
