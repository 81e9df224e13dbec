package dev.notes.adapter.web;

import static dev.notes.adapter.web.Fixtures.note;
import static dev.notes.adapter.web.ProblemMatchers.invalidField;
import static dev.notes.adapter.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.notes.adapter.web.paging.CursorCodec;
import dev.notes.application.port.in.ListCategoryNotesUseCase;
import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class NoteListControllerTest {

  private static final NotePosition SEVEN = new NotePosition(Fixtures.CREATED, new NoteId(7));

  @Autowired MockMvc mvc;
  @Autowired CursorCodec cursors;
  @Autowired ListNotesUseCase listNotes;
  @Autowired ListCategoryNotesUseCase listCategoryNotes;

  @Test
  void givenNoFilter_list_asksForAllNotesAndAnswersAPage() throws Exception {
    given(listNotes.listNotes(NoteFilter.all(), PageRequest.first(50)))
        .willReturn(new Page<>(List.of(note(7, "hi", 0)), Optional.empty()));

    mvc.perform(get("/api/notes"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    """
                    {"items": [{"id": 7, "text": "hi", "category": null,
                                "createdAt": "2026-11-24T10:00:00.000Z",
                                "updatedAt": "2026-11-24T10:00:05.120Z", "version": 0}],
                     "nextCursor": null}\
                    """,
                    JsonCompareMode.STRICT));
  }

  @Test
  void givenACategoryAndQ_list_asksForThatFilter() throws Exception {
    given(listNotes.listNotes(any(), any())).willReturn(Page.empty());

    mvc.perform(get("/api/notes").param("categoryId", "3").param("q", "50%_off"))
        .andExpect(status().isOk());

    then(listNotes)
        .should()
        .listNotes(
            NoteFilter.inCategory(new CategoryId(3)).withTextContaining("50%_off"),
            PageRequest.first(50));
  }

  @Test
  void givenUncategorized_list_asksForTheUncategorizedNotes() throws Exception {
    given(listNotes.listNotes(any(), any())).willReturn(Page.empty());

    mvc.perform(get("/api/notes").param("uncategorized", "true").param("limit", "200"))
        .andExpect(status().isOk());

    then(listNotes).should().listNotes(NoteFilter.uncategorized(), PageRequest.first(200));
  }

  @Test
  void givenACategoryIdAndUncategorized_list_answers400() throws Exception {
    mvc.perform(get("/api/notes").param("categoryId", "3").param("uncategorized", "true"))
        .andExpect(invalidField("uncategorized"));
    then(listNotes).shouldHaveNoInteractions();
  }

  @Test
  void givenANonNumericCategoryId_list_answers400() throws Exception {
    mvc.perform(get("/api/notes").param("categoryId", "tech"))
        .andExpect(invalidField("categoryId"));
  }

  @ParameterizedTest
  @CsvSource({
    "categoryId, 0x1",
    "categoryId, #1",
    "categoryId, '\uff11'",
    "categoryId, '1 '",
    "limit, 0x10",
    "limit, '\u0663'",
    "limit, ' 10'",
    "limit, +10"
  })
  void givenANumberThatIsNotPlainDecimalDigits_list_answers400NamingIt(String name, String value)
      throws Exception {
    mvc.perform(get("/api/notes").param(name, value)).andExpect(invalidField(name));
    mvc.perform(get("/api/categories/1/notes").param("limit", value))
        .andExpect(invalidField("limit"));
    then(listNotes).shouldHaveNoInteractions();
    then(listCategoryNotes).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @CsvSource({"categoryId, ''", "limit, ''", "uncategorized, ''"})
  void givenAnEmptyValue_list_answers400NamingItInsteadOfIgnoringIt(String name, String value)
      throws Exception {
    mvc.perform(get("/api/notes").param(name, value)).andExpect(invalidField(name));
    then(listNotes).shouldHaveNoInteractions();
  }

  @Test
  void givenAnEmptyLimit_listOfACategory_answers400() throws Exception {
    mvc.perform(get("/api/categories/1/notes").param("limit", "")).andExpect(invalidField("limit"));
    then(listCategoryNotes).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "on", "1", "TRUE", "no", "0", "off"})
  void givenABooleanOtherThanTrueOrFalse_list_answers400(String value) throws Exception {
    mvc.perform(get("/api/notes").param("uncategorized", value))
        .andExpect(invalidField("uncategorized"))
        .andExpect(jsonPath("$.detail").value(containsString("must be true or false")));
    then(listNotes).shouldHaveNoInteractions();
  }

  @Test
  void givenUncategorizedFalse_list_listsAllNotes() throws Exception {
    given(listNotes.listNotes(NoteFilter.all(), PageRequest.first(50))).willReturn(Page.empty());

    mvc.perform(get("/api/notes").param("uncategorized", "false")).andExpect(status().isOk());
    then(listNotes).should().listNotes(NoteFilter.all(), PageRequest.first(50));
  }

  @Test
  void givenMoreToCome_list_answersACursorThatLeadsToTheNextPosition() throws Exception {
    given(listNotes.listNotes(NoteFilter.all(), PageRequest.first(50)))
        .willReturn(new Page<>(List.of(note(7, "hi", 0)), Optional.of(SEVEN)));
    given(listNotes.listNotes(NoteFilter.all(), PageRequest.after(SEVEN, 50)))
        .willReturn(Page.empty());

    mvc.perform(get("/api/notes")).andExpect(jsonPath("$.nextCursor").value(cursors.encode(SEVEN)));
    mvc.perform(get("/api/notes").param("cursor", cursors.encode(SEVEN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nextCursor").value((Object) null));
  }

  @Test
  void givenACategoryCursor_list_answers400() throws Exception {
    String categoryCursor = cursors.encode(new CategoryPosition("tech", new CategoryId(1)));

    mvc.perform(get("/api/notes").param("cursor", categoryCursor))
        .andExpect(invalidField("cursor"));
  }

  @Test
  void givenAnExistingCategory_listOfCategory_asksForItsNotes() throws Exception {
    given(listCategoryNotes.listCategoryNotes(new CategoryId(1), PageRequest.first(10)))
        .willReturn(new Page<>(List.of(note(7, "hi", 1, "tech", 0)), Optional.empty()));

    mvc.perform(get("/api/categories/1/notes").param("limit", "10"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].category.name").value("tech"));
  }

  @Test
  void givenNoSuchCategory_listOfCategory_answers404() throws Exception {
    given(listCategoryNotes.listCategoryNotes(any(), any()))
        .willThrow(new CategoryNotFound(new CategoryId(9)));

    mvc.perform(get("/api/categories/9/notes")).andExpect(problem(404, "not-found"));
  }
}
