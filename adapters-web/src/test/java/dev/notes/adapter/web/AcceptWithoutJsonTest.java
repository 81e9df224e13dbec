package dev.notes.adapter.web;

import static dev.notes.adapter.web.Fixtures.json;
import static dev.notes.adapter.web.ProblemMatchers.problem;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.notes.application.port.in.CreateCategoryUseCase;
import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.application.port.in.DeleteNoteUseCase.DeleteNoteCommand;
import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.application.port.in.ListCategoriesUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNotFound;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteNotFound;
import dev.notes.domain.shared.Page;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A client whose Accept admits no application/json: a write that would answer a body is refused
 * before anything is done, a read runs (406 when it succeeds, its problem when it fails), and a
 * delete, which has no body to negotiate, is done.
 */
@WebSliceTest
class AcceptWithoutJsonTest {

  private static final String NOTE = "{\"text\": \"hi\"}";
  private static final String CATEGORY = "{\"name\": \"tech\"}";

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Autowired CreateNoteUseCase createNote;
  @Autowired GetNoteUseCase getNote;
  @Autowired EditNoteUseCase editNote;
  @Autowired DeleteNoteUseCase deleteNote;
  @Autowired CreateCategoryUseCase createCategory;
  @Autowired RenameCategoryUseCase renameCategory;
  @Autowired FindCategoryByNameUseCase findCategoryByName;
  @Autowired ListCategoriesUseCase listCategories;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/problem+json",
        "text/html",
        "application/xml",
        "application/json;q=0",
        "*/*;q=0",
        "text/html, application/*;q=0.0"
      })
  void givenAnAcceptWithoutJson_createNote_answers406AndCreatesNothing(String accept)
      throws Exception {
    mvc.perform(json(post("/api/notes"), NOTE).header("Accept", accept))
        .andExpect(notAcceptable())
        .andExpect(header().doesNotExist("Location"));
    then(createNote).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/problem+json", "text/html", "application/xml"})
  void givenAnAcceptWithoutJson_editNote_answers406AndChangesNothing(String accept)
      throws Exception {
    mvc.perform(json(put("/api/notes/7"), NOTE).header("Accept", accept))
        .andExpect(notAcceptable());
    then(editNote).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/problem+json", "text/html", "application/xml"})
  void givenAnAcceptWithoutJson_createCategory_answers406AndCreatesNothing(String accept)
      throws Exception {
    mvc.perform(json(post("/api/categories"), CATEGORY).header("Accept", accept))
        .andExpect(notAcceptable())
        .andExpect(header().doesNotExist("Location"));
    then(createCategory).shouldHaveNoInteractions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/problem+json", "text/html", "application/xml"})
  void givenAnAcceptWithoutJson_renameCategory_answers406AndChangesNothing(String accept)
      throws Exception {
    mvc.perform(json(put("/api/categories/3"), CATEGORY).header("Accept", accept))
        .andExpect(notAcceptable());
    then(renameCategory).shouldHaveNoInteractions();
  }

  /** RFC 9110: a weight of 0 means "not acceptable"; Spring alone reads it as a low preference. */
  @Test
  void givenJsonWeightedZero_getOfANote_answers406() throws Exception {
    given(getNote.getNote(new NoteId(7))).willReturn(Fixtures.note(7, "hi", 0));

    mvc.perform(get("/api/notes/7").header("Accept", "application/json;q=0"))
        .andExpect(notAcceptable());
  }

  @Test
  void givenEveryTypeWeightedZero_getOfAMissingNote_answersTheNotFoundProblem() throws Exception {
    given(getNote.getNote(new NoteId(9))).willThrow(new NoteNotFound(new NoteId(9)));

    mvc.perform(get("/api/notes/9").header("Accept", "*/*;q=0"))
        .andExpect(problem(404, "not-found"))
        .andExpect(jsonPath("$.detail").value("note 9 does not exist"));
  }

  @Test
  void givenJsonWeightedLowButAboveZero_getOfANote_answersIt() throws Exception {
    given(getNote.getNote(new NoteId(7))).willReturn(Fixtures.note(7, "hi", 0));

    mvc.perform(get("/api/notes/7").header("Accept", "text/html, application/json;q=0.001"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value("hi"));
  }

  @Test
  void givenAnAcceptOfHtml_getOfAMissingNote_answersTheNotFoundProblem() throws Exception {
    given(getNote.getNote(new NoteId(9))).willThrow(new NoteNotFound(new NoteId(9)));

    mvc.perform(get("/api/notes/9").accept(MediaType.TEXT_HTML))
        .andExpect(problem(404, "not-found"))
        .andExpect(jsonPath("$.detail").value("note 9 does not exist"));
  }

  @Test
  void givenAnAcceptOfHtml_findOfAMissingCategoryName_answersTheNotFoundProblem() throws Exception {
    given(findCategoryByName.findCategoryByName(new CategoryName("tech")))
        .willThrow(new CategoryNotFound(new CategoryName("tech")));

    mvc.perform(get("/api/categories/by-name/tech").accept(MediaType.TEXT_HTML))
        .andExpect(problem(404, "not-found"));
  }

  @Test
  void givenAnAcceptOfHtml_listWithAnInvalidLimit_answersTheInvalidRequestProblem()
      throws Exception {
    mvc.perform(get("/api/notes?limit=0").accept(MediaType.TEXT_HTML))
        .andExpect(ProblemMatchers.invalidField("limit"));
  }

  @Test
  void givenAnAcceptOfHtml_getOfAnExistingNote_answers406WithoutTheETag() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").accept(MediaType.TEXT_HTML))
        .andExpect(notAcceptable())
        .andExpect(header().doesNotExist("ETag"));
  }

  @Test
  void givenAnAcceptOfYaml_getOfAnExistingNote_answers406() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").accept(MediaType.APPLICATION_YAML)).andExpect(notAcceptable());
  }

  @Test
  void givenAnAcceptPreferringYamlToJson_getOfAnExistingNote_answersJson() throws Exception {
    given(getNote.getNote(new NoteId(1))).willReturn(Fixtures.note(1, "hi", 0));

    mvc.perform(get("/api/notes/1").header("Accept", "application/yaml, application/json;q=0.5"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.text").value("hi"));
  }

  /** RFC 8259 defines no charset for JSON, so asking for one is asking for JSON: it is UTF-8. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json;charset=iso-8859-1",
        "application/json; charset=UTF-16",
        "application/json;charset=utf-32;q=0.9",
        "application/json;CHARSET=windows-1252"
      })
  void givenJsonWithACharset_createCategory_answersUtf8Json(String accept) throws Exception {
    given(createCategory.createCategory(any())).willReturn(Fixtures.category(3, "tech", 0, 0));

    mvc.perform(json(post("/api/categories"), CATEGORY).header("Accept", accept))
        .andExpect(status().isCreated())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.name").value("tech"));
  }

  @Test
  void givenJsonWithACharset_getOfANote_answersUtf8Json() throws Exception {
    given(getNote.getNote(new NoteId(7))).willReturn(Fixtures.note(7, "h\u00e9", 0));

    mvc.perform(get("/api/notes/7").header("Accept", "application/json;charset=iso-8859-1"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            result ->
                assertThat(new String(result.getResponse().getContentAsByteArray(), UTF_8))
                    .contains("\"text\":\"h\u00e9\""));
  }

  @Test
  void givenJsonWithACharsetWeightedZero_createNote_answers406AndCreatesNothing() throws Exception {
    mvc.perform(
            json(post("/api/notes"), NOTE).header("Accept", "application/json;charset=utf-8;q=0"))
        .andExpect(notAcceptable());
    then(createNote).shouldHaveNoInteractions();
  }

  @Test
  void givenAnAcceptOfHtml_list_answers406() throws Exception {
    given(listCategories.listCategories(any())).willReturn(Page.empty());

    mvc.perform(get("/api/categories").accept(MediaType.TEXT_HTML)).andExpect(notAcceptable());
  }

  @Test
  void givenAnAcceptOfHtml_deleteNote_answers204AndDeletes() throws Exception {
    mvc.perform(delete("/api/notes/7").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNoContent())
        .andExpect(content().string(""));
    then(deleteNote).should().deleteNote(DeleteNoteCommand.anyVersion(new NoteId(7)));
  }

  /**
   * What makes the refusals above happen before a write acts is each write's own {@code produces}:
   * a new write that forgets it would act first and answer 406 after. This keeps it from shipping.
   */
  @Test
  void everyWriteThatAnswersABody_declaresItProducesJsonOnly() {
    List<String> forgotten =
        handlerMapping.getHandlerMethods().entrySet().stream()
            .filter(mapping -> isWrite(mapping.getKey()) && answersABody(mapping.getValue()))
            .filter(
                mapping ->
                    !mapping
                        .getKey()
                        .getProducesCondition()
                        .getProducibleMediaTypes()
                        .equals(Set.of(MediaType.APPLICATION_JSON)))
            .map(mapping -> mapping.getValue().getShortLogMessage())
            .toList();

    assertThat(forgotten)
        .as("add produces = MediaType.APPLICATION_JSON_VALUE to the mapping of these writes")
        .isEmpty();
    assertThat(handlerMapping.getHandlerMethods().keySet())
        .anyMatch(AcceptWithoutJsonTest::isWrite);
  }

  private static boolean isWrite(RequestMappingInfo mapping) {
    return mapping.getMethodsCondition().getMethods().stream()
        .anyMatch(method -> method != RequestMethod.GET && method != RequestMethod.DELETE);
  }

  private static boolean answersABody(HandlerMethod handler) {
    return !handler.isVoid();
  }

  /** The 406 as Spring would answer it, as a problem: it names the one type on offer. */
  private static ResultMatcher notAcceptable() {
    return result -> {
      problem(406, "not-acceptable").match(result);
      header().string("Accept", "application/json").match(result);
      jsonPath("$.detail").value("Acceptable representations: [application/json].").match(result);
    };
  }
}
