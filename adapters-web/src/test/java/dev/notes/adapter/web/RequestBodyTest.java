package dev.notes.adapter.web;

import static dev.notes.adapter.web.ProblemMatchers.invalidField;
import static dev.notes.adapter.web.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * JSON is read strictly: every mistake in a body is a 400 that names it, and reaches no use case.
 */
@WebSliceTest
class RequestBodyTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @AfterEach
  void noUseCaseWasCalled() {
    Object[] useCases =
        context.getBeansOfType(Object.class).entrySet().stream()
            .filter(bean -> bean.getKey().endsWith("UseCase")) // as MockedUseCases names them
            .map(Map.Entry::getValue)
            .toArray();
    assertThat(useCases).as("the use cases' mocks").isNotEmpty();
    verifyNoInteractions(useCases);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\": 5}         | text       | must be a string",
        "{\"text\": 5.5}       | text       | must be a string",
        "{\"text\": true}      | text       | must be a string",
        "{\"text\": [\"a\"]}   | text       | must be a string",
        "{\"text\": \"a\", \"categoryId\": \"5\"}  | categoryId | must be a whole number up to"
            + " 9223372036854775807",
        "{\"text\": \"a\", \"categoryId\": 5.7}    | categoryId | must be a whole number up to"
            + " 9223372036854775807",
        "{\"text\": \"a\", \"categoryId\": true}   | categoryId | must be a whole number up to"
            + " 9223372036854775807",
        "{\"text\": \"a\", \"categoryId\": 99999999999999999999} | categoryId | must be a whole"
            + " number up to 9223372036854775807",
        "{\"text\": \"a\", \"categoryName\": 5}    | categoryName | must be a string"
      })
  void givenAValueOfTheWrongJsonType_create_answers400NamingTheField(
      String body, String field, String message) throws Exception {
    mvc.perform(post("/api/notes").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(invalidField(field))
        .andExpect(jsonPath("$.errors[0].message").value(message));
  }

  @Test
  void givenAnUnknownProperty_create_answers400NamingItAndTheKnownOnes() throws Exception {
    mvc.perform(
            post("/api/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"a\", \"category\": \"tech\"}"))
        .andExpect(invalidField("category"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("is not a known property; known are categoryId, categoryName, text"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": ", "{name: \"tech\"}", "{\"name\": \"tech\"} {}",
            "{\"name\": \"a\", \"name\": \"b\"}",
        "[]", "\"tech\"", "42", "  "
      })
  void givenABodyThatIsNotOneJsonObject_create_answers400Unreadable(String body) throws Exception {
    mvc.perform(post("/api/categories").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(problem(400, "unreadable-body"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": \"tech\"} {}  | the request body must be one JSON object, with nothing after it",
        "[\"tech\"]                 | the request body must be a JSON object",
        "' \t '                    | the request body is missing; send a JSON object"
      })
  void givenABodyThatIsNotOneObject_create_saysWhatItIsInstead(String body, String detail)
      throws Exception {
    mvc.perform(post("/api/categories").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(problem(400, "unreadable-body"))
        .andExpect(jsonPath("$.detail").value(detail));
  }

  /** Jackson names its own settings ({@code `JsonReadFeature...`}): a client cannot change them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": NaN}           | Non-standard token 'NaN'",
        "{\"name\": +1}            | Unexpected character ('+' (code 43)) in numeric value: JSON"
            + " spec does not allow numbers to have plus signs",
        "{\"name\": \"x\" /*c*/} | Unexpected character ('/' (code 47)): maybe a (non-standard)"
            + " comment?",
        "{\"name\": 1111111111}    | Number value length (10) exceeds the maximum allowed (5)"
      })
  void givenJsonThatJacksonRefuses_create_explainsWithoutJacksonsNames(String body, String reason)
      throws Exception {
    String longNumbersSpelledOut = body.replace("1111111111", "1".repeat(1001));
    String detail =
        "the request body is not well-formed JSON: "
            + reason.replace("(10)", "(1001)").replace("(5)", "(1000)");
    mvc.perform(
            post("/api/categories")
                .contentType(MediaType.APPLICATION_JSON)
                .content(longNumbersSpelledOut))
        .andExpect(problem(400, "unreadable-body"))
        .andExpect(jsonPath("$.detail").value(detail));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null"})
  void givenNoBody_create_answers400Unreadable(String body) throws Exception {
    mvc.perform(post("/api/categories").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(problem(400, "unreadable-body"))
        .andExpect(jsonPath("$.detail").value("the request body is missing; send a JSON object"));
  }

  @Test
  void givenABodyOverOneMebibyte_create_answers413() throws Exception {
    byte[] body = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');

    mvc.perform(post("/api/notes").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(problem(413, "body-too-large"))
        .andExpect(jsonPath("$.detail").value("the request body is larger than 1048576 bytes"));
  }

  @Test
  void givenABodyOfExactlyOneMebibyte_replace_readsItAndLetsTheDomainJudgeTheText()
      throws Exception {
    String text = "x".repeat(1024 * 1024 - "{\"text\": \"\"}".length());

    mvc.perform(
            put("/api/notes/1")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + text + "\"}"))
        .andExpect(invalidField("text"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/xml",
        "application/yaml",
        "application/x-yaml",
        "application/merge-patch+json",
        "application/problem+json",
        "application/json-patch+json",
        "multipart/form-data; boundary=x"
      })
  void givenABodyThatIsNotJson_createOrReplace_answers415AcceptingJsonOnly(String contentType)
      throws Exception {
    for (MockHttpServletRequestBuilder request :
        List.of(
            post("/api/notes"),
            put("/api/notes/1"),
            post("/api/categories"),
            put("/api/categories/1"))) {
      mvc.perform(request.contentType(contentType).content("name: 12345\nbogus: 1\n"))
          .andExpect(problem(415, "unsupported-media-type"))
          .andExpect(header().string("Accept", "application/json"));
    }
  }

  @Test
  void givenAMalformedFormBody_replace_answers415NotA500() throws Exception {
    mvc.perform(
            put("/api/notes/1").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=%zz"))
        .andExpect(problem(415, "unsupported-media-type"));
  }

  @Test
  void givenNoContentType_create_answers415SayingItIsMissing() throws Exception {
    mvc.perform(post("/api/notes").content("{\"text\": \"hi\"}"))
        .andExpect(problem(415, "unsupported-media-type"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "the request's Content-Type is missing or cannot be parsed; send"
                        + " application/json"));
  }

  @Test
  void givenAGzippedBody_create_answers415NamingTheCoding() throws Exception {
    mvc.perform(
            post("/api/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Encoding", "gzip")
                .content(new byte[] {31, -117, 8, 0}))
        .andExpect(problem(415, "unsupported-media-type"))
        .andExpect(header().string("Accept", "application/json"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "the request body has Content-Encoding gzip; send it without a content"
                        + " coding"));
  }

  @Test
  void givenAContentTypeOfAnotherKind_create_answers415NamingIt() throws Exception {
    mvc.perform(post("/api/notes").contentType(MediaType.TEXT_PLAIN).content("hi"))
        .andExpect(problem(415, "unsupported-media-type"))
        .andExpect(jsonPath("$.detail").value("Content-Type 'text/plain' is not supported."));
  }
}
