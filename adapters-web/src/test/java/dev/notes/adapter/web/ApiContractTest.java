package dev.notes.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.shared.UnicodeText;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document as springdoc serves it: valid for a parser, and saying what the API
 * enforces. It is also written to target/openapi.json for bench/openapi/check.sh to lint.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@MockedUseCases
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

  @LocalServerPort int port;

  private SwaggerParseResult parsed;
  private OpenAPI api;

  @BeforeAll
  void readDocument() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build();
    String json = HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
    Files.writeString(Files.createDirectories(Path.of("target")).resolve("openapi.json"), json);
    ParseOptions options = new ParseOptions();
    options.setValidateInternalRefs(true);
    parsed = new OpenAPIV3Parser().readContents(json, null, options);
    api = parsed.getOpenAPI();
  }

  @Test
  void theDocumentIsValid() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api.getOpenapi()).startsWith("3.0.");
  }

  @Test
  void theApiIsOpenAndServedRelatively() {
    assertThat(api.getSecurity()).singleElement().satisfies(any -> assertThat(any).isEmpty());
    assertThat(api.getServers()).extracting(Server::getUrl).allMatch(url -> url.startsWith("/"));
  }

  @Test
  void everyResponseHeaderHasASchema() {
    List<Header> headers =
        operations()
            .flatMap(operation -> operation.getResponses().values().stream())
            .map(this::resolve)
            .filter(response -> response.getHeaders() != null)
            .flatMap(response -> response.getHeaders().values().stream())
            .map(this::resolve)
            .toList();
    assertThat(headers)
        .isNotEmpty()
        .allSatisfy(header -> assertThat(header.getSchema()).isNotNull());
    assertThat(component("ETag").getSchema().getPattern()).isNotBlank();
  }

  @Test
  void everyGetOfOneResourceDocumentsItsETagAndNoNotModifiedAnswer() {
    List<Operation> getsWithETag =
        api.getPaths().values().stream()
            .map(path -> path.getGet())
            .filter(get -> get != null && get.getResponses().get("200").getHeaders() != null)
            .toList();
    assertThat(getsWithETag)
        .isNotEmpty()
        .allSatisfy(
            get -> {
              assertThat(get.getResponses().get("200").getHeaders()).containsKey("ETag");
              assertThat(get.getResponses()).doesNotContainKey("304");
              assertThat(get.getParameters())
                  .noneSatisfy(p -> assertThat(p.getName()).isEqualTo("If-None-Match"));
            });
  }

  @Test
  void everyOperationListsItsResponsesInOrderOfStatus() {
    assertThat(operations())
        .isNotEmpty()
        .allSatisfy(
            operation -> assertThat(List.copyOf(operation.getResponses().keySet())).isSorted());
  }

  @Test
  void theHeadersOfProblemAnswersAreDocumented() {
    Map<String, ApiResponse> responses = api.getComponents().getResponses();
    assertThat(responses.get("StorageUnavailable").getHeaders()).containsKey("Retry-After");
    assertThat(responses.get("NotAcceptable").getHeaders()).containsKey("Accept");
    assertThat(responses.get("UnsupportedMediaType").getHeaders()).containsKey("Accept");
  }

  @Test
  void aDeleteDocumentsNo406ForItAnswers204WhateverAcceptSays() {
    List<Operation> deletes =
        api.getPaths().values().stream()
            .map(path -> path.getDelete())
            .filter(d -> d != null)
            .toList();
    assertThat(deletes)
        .isNotEmpty()
        .allSatisfy(delete -> assertThat(delete.getResponses()).doesNotContainKey("406"));
  }

  @Test
  void theProblemSchemaNamesTheCountOfNotesInTheWay() {
    assertThat(property("Problem", "noteCount").getType()).isEqualTo("integer");
  }

  @Test
  void aCategoryNameIsOneToTenCharactersWithoutControls() {
    Schema<?> name = property("CategoryRequest", "name");
    assertThat(name.getMinLength()).isEqualTo(1);
    assertThat(name.getMaxLength()).isEqualTo(10);
    assertThat("tech\u0007").doesNotMatch(name.getPattern());
    assertThat("Café ☕").matches(name.getPattern());
    assertThat("   ").doesNotMatch(name.getPattern());
    assertThat("\u00a0\u3000").doesNotMatch(name.getPattern());
    assertThat(" a ").matches(name.getPattern());
  }

  /** The domain's white space is Unicode's White_Space list, which no built-in class spells. */
  @Test
  void aNoteTextPatternCountsAsWhiteSpaceExactlyWhatTheDomainDoes() {
    Pattern notBlank = Pattern.compile(property("NoteRequest", "text").getPattern());
    List<String> disagreeing =
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
            .filter(
                c ->
                    notBlank.matcher(Character.toString(c)).matches()
                        == UnicodeText.isWhiteSpace(c))
            .mapToObj(c -> String.format("U+%04X", c))
            .toList();
    assertThat(disagreeing).isEmpty();
  }

  @Test
  void aNoteRequestTakesNoOtherMembersAndNamesItsCategoryOneWayAtMost() {
    Schema<?> request = api.getComponents().getSchemas().get("NoteRequest");
    for (String body : List.of("NoteRequest", "CategoryRequest")) {
      Object additional = api.getComponents().getSchemas().get(body).getAdditionalProperties();
      assertThat(additional).as(body).isEqualTo(Boolean.FALSE);
    }
    assertThat(request.getNot().getRequired()).containsExactly("categoryId", "categoryName");
    assertThat(property("NoteRequest", "categoryId"))
        .satisfies(id -> assertThat(id.getType()).isEqualTo("integer"))
        .satisfies(id -> assertThat(id.getNullable()).isTrue());
    assertThat(property("NoteRequest", "categoryName"))
        .satisfies(name -> assertThat(name.getType()).isEqualTo("string"))
        .satisfies(name -> assertThat(name.getNullable()).isTrue());
  }

  @Test
  void theRepresentationsSayWhatTheirMembersHold() {
    for (String representation : List.of("NoteResponse", "CategoryResponse", "CategorySummary")) {
      assertThat(property(representation, "id").getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
    }
    assertThat(property("CategoryResponse", "noteCount").getMinimum())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat("2026-11-24T10:00:00.000Z")
        .matches(property("NoteResponse", "createdAt").getPattern());
    assertThat("2026-11-24T10:00:00Z")
        .doesNotMatch(property("CategoryResponse", "updatedAt").getPattern());
  }

  @Test
  void aNoteTextIsNotBlankAndAtMost65535Characters() {
    Schema<?> text = property("NoteRequest", "text");
    assertThat(text.getMinLength()).isEqualTo(1);
    assertThat(text.getMaxLength()).isEqualTo(65_535);
    assertThat(" \n\t").doesNotMatch(text.getPattern());
    assertThat(" a\n").matches(text.getPattern());
    assertThat(property("NoteRequest", "categoryName").getDescription()).contains("categoryId");
    assertThat(property("NoteRequest", "categoryId").getDescription()).contains("categoryName");
  }

  @Test
  void everyLimitIsOneTo200DefaultingTo50() {
    List<Parameter> limits = parameters().filter(p -> p.getName().equals("limit")).toList();
    assertThat(limits)
        .isNotEmpty()
        .extracting(Parameter::getSchema)
        .allSatisfy(
            schema -> {
              assertThat(schema.getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
              assertThat(schema.getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(200));
              assertThat(schema.getDefault()).isEqualTo(50);
            });
  }

  @Test
  void everyIdIsAPositiveInt64() {
    List<Schema<?>> ids =
        Stream.concat(
                parameters()
                    .filter(p -> List.of("id", "categoryId").contains(p.getName()))
                    .<Schema<?>>map(Parameter::getSchema),
                Stream.of(property("NoteRequest", "categoryId")))
            .toList();
    assertThat(ids)
        .isNotEmpty()
        .allSatisfy(
            id -> {
              assertThat(id.getFormat()).isEqualTo("int64");
              assertThat(id.getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
            });
  }

  @Test
  void nextCursorAndCategoryMayBeNull() {
    assertThat(api.getComponents().getSchemas().keySet())
        .filteredOn(name -> name.startsWith("PageResponse"))
        .isNotEmpty()
        .allSatisfy(
            page ->
                assertThat(property(page, "nextCursor"))
                    .satisfies(cursor -> assertThat(cursor.getType()).isEqualTo("string"))
                    .satisfies(cursor -> assertThat(cursor.getNullable()).isTrue()));
    Schema<?> category = property("NoteResponse", "category");
    assertThat(category.getNullable()).isTrue();
    assertThat(category.getDescription()).contains("null");
    // swagger-core would move the member's description onto the schema every reference shares
    assertThat(api.getComponents().getSchemas().get("CategorySummary").getDescription())
        .doesNotContain("null");
    assertThat(category.getAllOf())
        .singleElement()
        .satisfies(
            ref -> assertThat(ref.get$ref()).isEqualTo("#/components/schemas/CategorySummary"));
  }

  private Stream<Operation> operations() {
    return api.getPaths().values().stream().flatMap(path -> path.readOperations().stream());
  }

  private Stream<Parameter> parameters() {
    return operations()
        .filter(operation -> operation.getParameters() != null)
        .flatMap(operation -> operation.getParameters().stream());
  }

  private Schema<?> property(String schema, String property) {
    Map<String, Schema> properties = api.getComponents().getSchemas().get(schema).getProperties();
    return properties.get(property);
  }

  private ApiResponse resolve(ApiResponse response) {
    return response.get$ref() == null
        ? response
        : api.getComponents().getResponses().get(lastSegment(response.get$ref()));
  }

  private Header resolve(Header header) {
    return header.get$ref() == null ? header : component(lastSegment(header.get$ref()));
  }

  private Header component(String name) {
    return api.getComponents().getHeaders().get(name);
  }

  private static String lastSegment(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
