package dev.notes.adapter.web;

import static dev.notes.adapter.web.Fixtures.category;
import static dev.notes.adapter.web.ProblemMatchers.invalidField;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.notes.adapter.web.paging.CursorCodec;
import dev.notes.application.port.in.ListCategoriesUseCase;
import dev.notes.application.port.in.SearchCategoriesUseCase;
import dev.notes.application.port.in.SearchCategoriesUseCase.ByExactName;
import dev.notes.application.port.in.SearchCategoriesUseCase.ByNameContaining;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class CategorySearchControllerTest {

  private static final CategoryPosition TECH = new CategoryPosition("tech", new CategoryId(1));

  @Autowired MockMvc mvc;
  @Autowired CursorCodec cursors;
  @Autowired ListCategoriesUseCase listCategories;
  @Autowired SearchCategoriesUseCase searchCategories;

  @Test
  void givenTheLastPage_list_answersItemsAndANullNextCursor() throws Exception {
    given(listCategories.listCategories(PageRequest.first(50)))
        .willReturn(new Page<>(List.of(category(1, "tech", 2, 0)), Optional.empty()));

    mvc.perform(get("/api/categories"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    """
                    {"items": [{"id": 1, "name": "tech", "noteCount": 2,
                                "createdAt": "2026-11-24T10:00:00.000Z",
                                "updatedAt": "2026-11-24T10:00:05.120Z", "version": 0}],
                     "nextCursor": null}\
                    """,
                    JsonCompareMode.STRICT));
  }

  @Test
  void givenMoreToCome_list_answersACursorThatLeadsToTheNextPosition() throws Exception {
    given(listCategories.listCategories(PageRequest.first(1)))
        .willReturn(new Page<>(List.of(category(1, "tech", 0, 0)), Optional.of(TECH)));
    given(listCategories.listCategories(PageRequest.after(TECH, 1))).willReturn(Page.empty());

    String page =
        mvc.perform(get("/api/categories").param("limit", "1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String next = JsonPath.read(page, "$.nextCursor");
    mvc.perform(get("/api/categories").param("limit", "1").param("cursor", next))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isEmpty());

    then(listCategories).should().listCategories(PageRequest.after(TECH, 1));
  }

  @Test
  void givenQ_list_searchesBySubstring() throws Exception {
    given(searchCategories.searchCategories(any(), any())).willReturn(Page.empty());

    mvc.perform(get("/api/categories").param("q", "EC%")).andExpect(status().isOk());

    then(searchCategories)
        .should()
        .searchCategories(new ByNameContaining("EC%"), PageRequest.first(50));
  }

  @Test
  void givenName_list_searchesByExactName() throws Exception {
    given(searchCategories.searchCategories(any(), any()))
        .willReturn(new Page<>(List.of(category(1, "Tech", 0, 0)), Optional.empty()));

    mvc.perform(get("/api/categories").param("name", " tech "))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].name").value("Tech"));

    then(searchCategories)
        .should()
        .searchCategories(new ByExactName(new CategoryName("tech")), PageRequest.first(50));
  }

  @Test
  void givenANameNoCategoryCanHave_list_answersAnEmptyPage() throws Exception {
    mvc.perform(get("/api/categories").param("name", "   "))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"items\": [], \"nextCursor\": null}", JsonCompareMode.STRICT));

    then(searchCategories).shouldHaveNoInteractions();
  }

  @Test
  void givenQAndName_list_answers400() throws Exception {
    mvc.perform(get("/api/categories").param("q", "te").param("name", "tech"))
        .andExpect(invalidField("name"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "201", "-1"})
  void givenALimitOutOfRange_list_answers400(String limit) throws Exception {
    mvc.perform(get("/api/categories").param("limit", limit))
        .andExpect(invalidField("limit"))
        .andExpect(jsonPath("$.detail").value("limit must be between 1 and 200, was " + limit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x10", "#10", "\uff11\uff10", "10 ", "+10", "1e1"})
  void givenALimitThatIsNotPlainDecimalDigits_list_answers400(String limit) throws Exception {
    mvc.perform(get("/api/categories").param("limit", limit)).andExpect(invalidField("limit"));
  }

  @Test
  void givenANonNumericLimit_list_answers400() throws Exception {
    mvc.perform(get("/api/categories").param("limit", "abc"))
        .andExpect(invalidField("limit"))
        .andExpect(
            jsonPath("$.detail").value("limit must be a whole number up to 2147483647, was 'abc'"));
  }

  @Test
  void givenALongLimitWithAnEmojiAtTheCut_list_repeatsItWithoutHalfAnEmoji() throws Exception {
    String limit = "9".repeat(39) + "😀" + "9".repeat(100);

    mvc.perform(get("/api/categories").param("limit", limit))
        .andExpect(invalidField("limit"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "limit must be a whole number up to 2147483647, was '"
                        + "9".repeat(39)
                        + "😀...'"));
  }

  @Test
  void givenACursorOfTheNotesList_list_answers400() throws Exception {
    String notesCursor = cursors.encode(new NotePosition(Instant.EPOCH, new NoteId(1)));

    mvc.perform(get("/api/categories").param("cursor", notesCursor))
        .andExpect(invalidField("cursor"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("belongs to another list; use the nextCursor of this list"));
    then(listCategories).shouldHaveNoInteractions();
  }

  @Test
  void givenAnEditedCursor_list_answers400() throws Exception {
    String cursor = cursors.encode(TECH);
    String edited =
        cursor.substring(0, 5) + (cursor.charAt(5) == 'A' ? 'B' : 'A') + cursor.substring(6);

    mvc.perform(get("/api/categories").param("cursor", edited)).andExpect(invalidField("cursor"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage", "!!!", "eyJpZCI6MX0"})
  void givenACursorThisServiceDidNotMake_list_answers400(String cursor) throws Exception {
    mvc.perform(get("/api/categories").param("cursor", cursor)).andExpect(invalidField("cursor"));
  }

  @Test
  void givenATruncatedCursor_list_answers400() throws Exception {
    String cursor = cursors.encode(TECH);

    mvc.perform(get("/api/categories").param("cursor", cursor.substring(0, cursor.length() - 4)))
        .andExpect(invalidField("cursor"));
  }
}
