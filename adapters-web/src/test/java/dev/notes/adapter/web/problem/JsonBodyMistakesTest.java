package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class JsonBodyMistakesTest {

  record Target(String name, Long count, Integer size, Boolean done, Target inner) {}

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void givenCausesThatNameEachOther_cause_endsTheSearch() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);

    assertThat(JsonBodyMistakes.cause(first, BodyTooLarge.class)).isEmpty();
  }

  @Test
  void givenABodyTooLargeAmongTheCauses_describe_answers413WithItsMessage() {
    ProblemDetail problem =
        JsonBodyMistakes.unreadableBody(
            unreadable(new UncheckedIOException(new BodyTooLarge(1024)))); // wrapped twice

    assertThat(problem.getType()).isEqualTo(ProblemKind.BODY_TOO_LARGE.type());
    assertThat(problem.getDetail()).isEqualTo("the request body is larger than 1024 bytes");
  }

  @Test
  void givenNoJsonFailure_describe_saysTheBodyIsMissing() {
    ProblemDetail problem = JsonBodyMistakes.unreadableBody(unreadable(null));

    assertThat(problem.getType()).isEqualTo(ProblemKind.UNREADABLE_BODY.type());
    assertThat(problem.getDetail()).isEqualTo("the request body is missing; send a JSON object");
  }

  @Test
  void givenAReadFailureUnderJackson_describe_saysTheBodyCouldNotBeRead() {
    ProblemDetail problem =
        JsonBodyMistakes.unreadableBody(
            unreadable(JacksonIOException.construct(new IOException("connection reset"))));

    assertThat(problem.getType()).isEqualTo(ProblemKind.UNREADABLE_BODY.type());
    assertThat(problem.getDetail()).isEqualTo("the request body could not be read");
  }

  @Test
  void givenAnUnknownProperty_describe_namesItAndTheKnownOnesSorted() {
    ProblemDetail problem = describeReading("{\"colour\": 1}");

    assertThat(problem.getDetail())
        .isEqualTo("colour is not a known property; known are count, done, inner, name, size");
    assertThat(problem.getProperties())
        .containsEntry(
            "errors",
            List.of(
                new ProblemBody.FieldError(
                    "colour",
                    "is not a known property; known are count, done, inner, name, size")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": [1]}|name must be a string",
        "{\"count\": \"many\"}|count must be a whole number up to 9223372036854775807",
        "{\"size\": \"many\"}|size must be a whole number up to 2147483647",
        "{\"done\": \"yes\"}|done must be true or false",
        "{\"inner\": 3}|inner must be a JSON object",
        "{\"inner\": {\"done\": 3.5}}|inner.done must be true or false",
        "{\"size\": 99999999999}|size must be a whole number up to 2147483647"
      })
  void givenAValueOfTheWrongKind_describe_namesTheFieldAndTheKindInJsonTerms(String example) {
    String[] bodyAndDetail = example.split("\\|");

    assertThat(describeReading(bodyAndDetail[0]).getDetail()).isEqualTo(bodyAndDetail[1]);
  }

  @Test
  void givenNotAnObject_describe_saysTheBodyMustBeAJsonObject() {
    ProblemDetail problem = describeReading("[1, 2]");

    assertThat(problem.getType()).isEqualTo(ProblemKind.UNREADABLE_BODY.type());
    assertThat(problem.getDetail()).isEqualTo("the request body must be a JSON object");
  }

  @Test
  void givenMalformedJson_describe_saysSoWithJacksonsOwnMessage() {
    ProblemDetail problem = describeReading("{\"name\": x}");

    assertThat(problem.getType()).isEqualTo(ProblemKind.UNREADABLE_BODY.type());
    assertThat(problem.getDetail())
        .startsWith("the request body is not well-formed JSON: Unrecognized token 'x'");
  }

  @Test
  void givenAMessageNamingASettingNotYetKnown_withoutSettings_keepsOnlyThatItCannotBeParsed() {
    assertThat(JsonBodyMistakes.withoutSettings("Odd token: see `JsonReadFeature.SOMETHING_NEW`"))
        .isEqualTo("it cannot be parsed");
  }

  @Test
  void givenNestingDeeperThanJacksonReads_describe_saysSoWithoutJacksonsNames() {
    ProblemDetail problem = describeReading("{\"inner\": ".repeat(5000) + "{}");

    assertThat(problem.getDetail())
        .startsWith("the request body is not well-formed JSON: Document nesting depth (")
        .matches(".* exceeds the maximum allowed \\(\\d+\\)")
        .doesNotContain("`");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"name\": ", "{\"name\": \"x\""})
  void givenJsonThatEndsTooEarly_describe_saysSoWithoutJacksonsInternals(String body) {
    ProblemDetail problem = describeReading(body);

    assertThat(problem.getType()).isEqualTo(ProblemKind.UNREADABLE_BODY.type());
    assertThat(problem.getDetail())
        .isEqualTo(
            "the request body is not well-formed JSON: it ends before its JSON value is complete");
  }

  private static ProblemDetail describeReading(String body) {
    try {
      JSON.readValue(body, Target.class);
    } catch (JacksonException failed) {
      return JsonBodyMistakes.unreadableBody(unreadable(failed));
    }
    throw new AssertionError("expected " + body + " to be unreadable");
  }

  private static HttpMessageNotReadableException unreadable(Throwable cause) {
    return new HttpMessageNotReadableException(
        "unreadable", cause, new MockHttpInputMessage(new byte[0]));
  }
}
