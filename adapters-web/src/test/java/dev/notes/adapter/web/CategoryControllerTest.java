package dev.notes.adapter.web;

import static dev.notes.adapter.web.Fixtures.category;
import static dev.notes.adapter.web.Fixtures.versions;
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

import dev.notes.application.port.in.CreateCategoryUseCase;
import dev.notes.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.in.DeleteCategoryUseCase.DeleteCategoryCommand;
import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.application.port.in.GetCategoryUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase.RenameCategoryCommand;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.shared.StaleVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class CategoryControllerTest {

  @Autowired MockMvc mvc;
  @Autowired CreateCategoryUseCase createCategory;
  @Autowired GetCategoryUseCase getCategory;
  @Autowired FindCategoryByNameUseCase findCategoryByName;
  @Autowired RenameCategoryUseCase renameCategory;
  @Autowired DeleteCategoryUseCase deleteCategory;

  @Test
  void givenAFreeName_create_answers201WithLocationETagAndTheCategory() throws Exception {
    given(createCategory.createCategory(any())).willReturn(category(1, "tech", 0, 0));

    mvc.perform(
            post("/api/categories")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"  tech \"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/categories/1"))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .json(
                    """
                    {"id": 1, "name": "tech", "noteCount": 0, "createdAt": "2026-11-24T10:00:00.000Z",
                     "updatedAt": "2026-11-24T10:00:05.120Z", "version": 0}\
                    """,
                    JsonCompareMode.STRICT));
    then(createCategory)
        .should()
        .createCategory(new CreateCategoryCommand(new CategoryName("tech")));
  }

  @Test
  void givenATakenName_create_answers409NameTaken() throws Exception {
    given(createCategory.createCategory(any()))
        .willThrow(new CategoryNameTaken(new CategoryName("Tech")));

    mvc.perform(
            post("/api/categories")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Tech\"}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://notes.dev/problems/name-taken"))
        .andExpect(jsonPath("$.title").value("Category name taken"))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "a category named 'Tech' already exists (names are compared ignoring case)"));
  }

  @Test
  void givenATooLongName_create_answers400NamingTheFieldAndDoesNotCallTheUseCase()
      throws Exception {
    mvc.perform(
            post("/api/categories")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"elevenchars\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            content()
                .json(
                    """
                    {"type": "https://notes.dev/problems/invalid-request", "title": "Invalid request",
                     "status": 400, "detail": "name must be at most 10 characters, was 11",
                     "instance": "/api/categories",
                     "errors": [{"field": "name", "message": "must be at most 10 characters, was 11"}]}
                    """,
                    JsonCompareMode.STRICT));
    then(createCategory).shouldHaveNoInteractions();
  }

  @Test
  void givenNoName_create_answers400NameIsRequired() throws Exception {
    mvc.perform(post("/api/categories").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
  }

  @Test
  void givenAnExistingCategory_get_answersItWithItsVersionAsStrongETag() throws Exception {
    given(getCategory.getCategory(new CategoryId(1))).willReturn(category(1, "tech", 3, 3));

    mvc.perform(get("/api/categories/1"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"3\""))
        .andExpect(jsonPath("$.noteCount").value(3))
        .andExpect(jsonPath("$.version").value(3));
  }

  @Test
  void givenNoSuchCategory_get_answers404Problem() throws Exception {
    given(getCategory.getCategory(new CategoryId(9)))
        .willThrow(new CategoryNotFound(new CategoryId(9)));

    mvc.perform(get("/api/categories/9"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://notes.dev/problems/not-found"))
        .andExpect(jsonPath("$.detail").value("category 9 does not exist"));
  }

  @Test
  void givenAnyCase_getByName_asksForTheTrimmedNameAndAnswersTheStoredSpelling() throws Exception {
    given(findCategoryByName.findCategoryByName(new CategoryName("TECH")))
        .willReturn(category(1, "Tech", 0, 2));

    mvc.perform(get("/api/categories/by-name/{name}", " TECH "))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.name").value("Tech"));
  }

  @Test
  void givenANameNoCategoryCanHave_getByName_answers404WithoutAskingTheUseCase() throws Exception {
    mvc.perform(get("/api/categories/by-name/{name}", "far-too-long-a-name"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://notes.dev/problems/not-found"))
        .andExpect(jsonPath("$.detail").value("no category is named 'far-too-long-a-name'"));
    then(findCategoryByName).shouldHaveNoInteractions();
  }

  @Test
  void givenANameOfKilobytes_getByName_repeatsOnlyItsStartInThe404() throws Exception {
    mvc.perform(get("/api/categories/by-name/{name}", "n".repeat(5000)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no category is named '" + "n".repeat(40) + "...'"));
    then(findCategoryByName).shouldHaveNoInteractions();
  }

  @Test
  void givenIfMatch_rename_passesTheExpectedVersionAndAnswersTheNewETag() throws Exception {
    given(renameCategory.renameCategory(any())).willReturn(category(1, "work", 0, 4));

    mvc.perform(
            put("/api/categories/1")
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"work\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"4\""))
        .andExpect(jsonPath("$.name").value("work"));
    then(renameCategory)
        .should()
        .renameCategory(
            new RenameCategoryCommand(new CategoryId(1), new CategoryName("work"), versions(3L)));
  }

  @Test
  void givenNoIfMatch_rename_acceptsAnyVersion() throws Exception {
    given(renameCategory.renameCategory(any())).willReturn(category(1, "work", 0, 1));

    mvc.perform(
            put("/api/categories/1")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"work\"}"))
        .andExpect(status().isOk());
    then(renameCategory)
        .should()
        .renameCategory(
            new RenameCategoryCommand(
                new CategoryId(1), new CategoryName("work"), ExpectedVersions.any()));
  }

  @Test
  void givenAStaleIfMatch_rename_answers412() throws Exception {
    given(renameCategory.renameCategory(any()))
        .willThrow(new StaleVersion("category 1", List.of(3L), 4));

    mvc.perform(
            put("/api/categories/1")
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"work\"}"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://notes.dev/problems/stale-version"))
        .andExpect(
            jsonPath("$.detail")
                .value("category 1 is at version 4, not 3; read it again and retry"));
  }

  @Test
  void givenAnIfMatchList_rename_passesEveryListedVersionWithoutReadingTheCategory()
      throws Exception {
    given(renameCategory.renameCategory(any())).willReturn(category(1, "work", 0, 1));

    mvc.perform(
            put("/api/categories/1")
                .header("If-Match", "\"0\", \"99\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"work\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
    then(renameCategory)
        .should()
        .renameCategory(
            new RenameCategoryCommand(
                new CategoryId(1), new CategoryName("work"), versions(0L, 99L)));
    then(getCategory).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x10", "#10", "0X1", "\uff11", "\u0663", "1 ", "+1"})
  void givenAnIdThatIsNotPlainDecimalDigits_anyRequest_answers400NamingIt(String id)
      throws Exception {
    mvc.perform(get("/api/categories/{id}", id)).andExpect(ProblemMatchers.invalidField("id"));
    mvc.perform(delete("/api/categories/{id}", id)).andExpect(ProblemMatchers.invalidField("id"));
    mvc.perform(get("/api/categories/{id}/notes", id))
        .andExpect(ProblemMatchers.invalidField("id"));
    then(getCategory).shouldHaveNoInteractions();
    then(deleteCategory).shouldHaveNoInteractions();
  }

  @Test
  void givenATakenName_rename_answers409() throws Exception {
    given(renameCategory.renameCategory(any()))
        .willThrow(new CategoryNameTaken(new CategoryName("work")));

    mvc.perform(
            put("/api/categories/1")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"work\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void givenAnEmptyCategory_delete_answers204() throws Exception {
    mvc.perform(delete("/api/categories/1"))
        .andExpect(status().isNoContent())
        .andExpect(content().string(""));
    then(deleteCategory)
        .should()
        .deleteCategory(DeleteCategoryCommand.anyVersion(new CategoryId(1)));
  }

  @Test
  void givenAnIfMatch_delete_passesItsVersionAsTheExpectedOne() throws Exception {
    mvc.perform(delete("/api/categories/1").header("If-Match", "\"2\""))
        .andExpect(status().isNoContent());
    then(deleteCategory)
        .should()
        .deleteCategory(new DeleteCategoryCommand(new CategoryId(1), versions(2L)));
  }

  @Test
  void givenAStaleIfMatch_delete_answers412() throws Exception {
    willThrow(new StaleVersion("category 1", List.of(2L), 5))
        .given(deleteCategory)
        .deleteCategory(any());

    mvc.perform(delete("/api/categories/1").header("If-Match", "\"2\""))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("https://notes.dev/problems/stale-version"));
  }

  @Test
  void givenACategoryWithNotes_delete_answers409SayingHowMany() throws Exception {
    willThrow(new CategoryStillHasNotes(new CategoryId(1), 3))
        .given(deleteCategory)
        .deleteCategory(any());

    mvc.perform(delete("/api/categories/1"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://notes.dev/problems/category-has-notes"))
        .andExpect(
            jsonPath("$.detail").value("category 1 still has 3 notes; move or delete them first"))
        .andExpect(jsonPath("$.noteCount").value(3));
  }
}
