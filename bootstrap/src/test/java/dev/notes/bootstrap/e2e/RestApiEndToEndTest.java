package dev.notes.bootstrap.e2e;

import static dev.notes.bootstrap.testing.HttpApi.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.HttpApi.Response;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the REST API, with its errors, over real HTTP against the whole service.
 * Subclasses choose the database; the assertions are the same on each. Tests share one database, so
 * each makes its own names.
 */
@SpringBootTest(
    classes = NotesApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RestApiEndToEndTest {

  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @LocalServerPort int port;

  HttpApi api;

  @BeforeEach
  void connect() {
    api = new HttpApi(port);
  }

  /** A fresh category name of 8 characters, unique across tests and runs. */
  static String uniqueName() {
    return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
  }

  Response createCategory(String name) {
    return api.post("/api/categories", "{\"name\":" + quote(name) + "}");
  }

  Response createNote(String text, String categoryField) {
    String category = categoryField == null ? "" : "," + categoryField;
    return api.post("/api/notes", "{\"text\":" + quote(text) + category + "}");
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.has("type") && problem.has("title") && problem.has("detail"))
        .as("type, title and detail in " + response.body())
        .isTrue();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
  }

  // --- the original scenario ---

  @Test
  void originalScenario_createCategoryAddNoteFindByNameListNotes_secondTechIsRefused() {
    String tech = uniqueName();

    Response category = createCategory(tech);
    assertThat(category.status()).as(category.toString()).isEqualTo(201);
    long categoryId = category.id();
    assertThat(category.header("Location")).contains("/api/categories/" + categoryId);

    Response note = createNote("sqlalchemy is cool", "\"categoryId\":" + categoryId);
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    assertThat(note.json().get("category").get("name").asString()).isEqualTo(tech);

    Response found = api.get("/api/categories/by-name/" + tech);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().get("noteCount").asLong()).isEqualTo(1);

    Response notes = api.get("/api/categories/" + categoryId + "/notes");
    assertThat(notes.json().get("items").get(0).get("text").asString())
        .isEqualTo("sqlalchemy is cool");

    assertProblem(createCategory(tech.toUpperCase(Locale.ROOT)), 409);
  }

  // --- categories ---

  @Test
  void postCategory_answers201WithTheFullRepresentation() {
    String name = uniqueName();

    Response created = createCategory("  " + name + " ");

    assertThat(created.status()).isEqualTo(201);
    JsonNode json = created.json();
    assertThat(json.get("name").asString()).isEqualTo(name);
    assertThat(json.get("noteCount").asLong()).isZero();
    assertThat(json.get("version").asLong()).isZero();
    assertThat(json.get("createdAt").asString()).matches(TIMESTAMP);
    assertThat(json.get("updatedAt").asString()).matches(TIMESTAMP);
  }

  @Test
  void postCategory_withInvalidName_answers400NamingTheField() {
    Response refused = createCategory("elevenchars");

    assertProblem(refused, 400);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
  }

  @Test
  void getCategory_answersWithStrongETag_and404WhenMissing() {
    long id = createCategory(uniqueName()).id();

    Response found = api.get("/api/categories/" + id);

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.header("ETag")).contains("\"0\"");
    assertProblem(api.get("/api/categories/999999999"), 404);
    assertProblem(api.get("/api/categories/abc"), 400);
  }

  @Test
  void getByName_matchesByIdentity_andAnswersTheStoredSpelling() {
    String name = "Ab" + uniqueName().substring(0, 6);
    createCategory(name);

    Response found =
        api.get("/api/categories/by-name/" + encode(" " + name.toLowerCase(Locale.ROOT) + " "));

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().get("name").asString()).isEqualTo(name);
    assertProblem(api.get("/api/categories/by-name/" + uniqueName()), 404);
  }

  @Test
  void listCategories_byExactNameInAnyCase_findsItAlone() {
    String name = uniqueName();
    createCategory(name);

    Response exact = api.get("/api/categories?name=" + name.toUpperCase(Locale.ROOT));

    assertThat(exact.json().get("items")).hasSize(1);
    assertThat(exact.json().get("nextCursor").isNull()).isTrue();
  }

  /**
   * A cursor from another list of categories is read in the list order of the database: MariaDB
   * orders by code point, where Java's String order would put an emoji before U+E000.
   */
  @Test
  void listCategories_byExactNameWithACursor_holdsTheCategoryOnlyWhenItComesAfterTheCursor() {
    String prefix = uniqueName().substring(0, 7);
    assertThat(createCategory(prefix + "\uE000").status()).isEqualTo(201);
    assertThat(createCategory(prefix + "\uD83D\uDE00").status()).isEqualTo(201);
    JsonNode firstPage = api.get("/api/categories?limit=1&q=" + prefix).json();
    String first = firstPage.get("items").get(0).get("name").asString();
    String second = first.endsWith("\uE000") ? prefix + "\uD83D\uDE00" : prefix + "\uE000";
    String cursor = "&cursor=" + firstPage.get("nextCursor").asString();

    JsonNode afterFirst = api.get("/api/categories?name=" + encode(second) + cursor).json();
    JsonNode itself = api.get("/api/categories?name=" + encode(first) + cursor).json();

    assertThat(afterFirst.get("items")).hasSize(1);
    assertThat(afterFirst.get("items").get(0).get("name").asString()).isEqualTo(second);
    assertThat(itself.get("items")).isEmpty();
  }

  @Test
  void listCategories_bySubstringInAnyCase_findsIt() {
    String name = uniqueName();
    createCategory(name);

    Response substring =
        api.get("/api/categories?q=" + name.substring(2, 6).toUpperCase(Locale.ROOT));

    assertThat(substring.json().get("items").get(0).get("name").asString()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=a&name=b", "limit=0", "limit=201", "limit=abc", "cursor=garbage"})
  void listCategories_withABadParameter_answers400(String query) {
    assertProblem(api.get("/api/categories?" + query), 400);
  }

  @Test
  void putCategory_withTheCurrentIfMatch_renamesItAndAnswersItsNewVersion() {
    long id = createCategory(uniqueName()).id();
    String renamed = uniqueName();

    Response ok = api.put("/api/categories/" + id, "{\"name\":" + quote(renamed) + "}", "\"0\"");

    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.json().get("version").asLong()).isEqualTo(1);
    assertThat(ok.header("ETag")).contains("\"1\"");
    assertThat(api.get("/api/categories/" + id).json().get("name").asString()).isEqualTo(renamed);
  }

  @Test
  void putCategory_withAStaleIfMatch_answers412AndKeepsTheName() {
    String name = uniqueName();
    long id = createCategory(name).id();
    api.put("/api/categories/" + id, "{\"name\":" + quote(uniqueName()) + "}");

    assertProblem(api.put("/api/categories/" + id, "{\"name\":\"x\"}", "\"0\""), 412);
    assertThat(api.get("/api/categories/" + id).json().get("name").asString()).isNotEqualTo("x");
  }

  @Test
  void putCategory_toATakenName_answers409() {
    long id = createCategory(uniqueName()).id();
    String taken = uniqueName();
    createCategory(taken);

    assertProblem(api.put("/api/categories/" + id, "{\"name\":" + quote(taken) + "}"), 409);
  }

  @Test
  void putCategory_toABlankName_answers400() {
    long id = createCategory(uniqueName()).id();

    assertProblem(api.put("/api/categories/" + id, "{\"name\":\"\"}"), 400);
  }

  @Test
  void putCategory_ofAMissingCategory_answers404() {
    assertProblem(api.put("/api/categories/999999999", "{\"name\":\"x\"}"), 404);
  }

  @Test
  void deleteCategory_refusedWhileItHasNotes_thenDeleted() {
    long id = createCategory(uniqueName()).id();
    long noteId = createNote("keeps it alive", "\"categoryId\":" + id).id();

    Response refused = api.delete("/api/categories/" + id);
    assertProblem(refused, 409);
    assertThat(refused.json().get("detail").asString()).contains("1 note");

    assertThat(api.delete("/api/notes/" + noteId).status()).isEqualTo(204);
    assertThat(api.delete("/api/categories/" + id).status()).isEqualTo(204);
    assertProblem(api.delete("/api/categories/" + id), 404);
  }

  @Test
  void categoryNotes_pagesNewestFirst_and404ForMissingCategory() {
    long id = createCategory(uniqueName()).id();
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(createNote("note " + i, "\"categoryId\":" + id).id());
    }

    List<Long> seen = new ArrayList<>();
    String path = "/api/categories/" + id + "/notes?limit=3";
    int pages = 0;
    while (path != null) {
      JsonNode page = api.get(path).json();
      pages++;
      page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
      JsonNode cursor = page.get("nextCursor");
      path =
          cursor.isNull()
              ? null
              : "/api/categories/" + id + "/notes?limit=3&cursor=" + encode(cursor.asString());
    }

    Collections.reverse(created);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(created);
    assertProblem(api.get("/api/categories/999999999/notes"), 404);
  }

  // --- notes ---

  @Test
  void postNote_withABlankTextAndAnOverlongCategoryName_answers400NamingBoth() {
    Response refused = createNote(" ", "\"categoryName\":" + quote(uniqueName() + "xyz"));

    assertProblem(refused, 400);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactly("text", "categoryName");
  }

  @Test
  void postNote_withABlankTextAndANewCategoryName_createsNoCategory() {
    String name = uniqueName();

    assertProblem(createNote(" ", "\"categoryName\":" + quote(name)), 400);

    assertThat(api.get("/api/categories?name=" + name).json().get("items")).isEmpty();
  }

  @Test
  void postNote_uncategorized_answers201WithNullCategory() {
    Response created = createNote("loose note", null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/notes/" + created.id());
    assertThat(created.json().has("category")).isTrue();
    assertThat(created.json().get("category").isNull()).isTrue();
    assertThat(created.json().get("createdAt").asString()).matches(TIMESTAMP);
  }

  @Test
  void postNote_byNewCategoryName_createsTheCategory() {
    String name = uniqueName();

    Response created = createNote("by name", "\"categoryName\":" + quote(name));

    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/categories/by-name/" + name).json().get("noteCount").asLong())
        .isEqualTo(1);
  }

  @Test
  void postNote_fromAClientThatAcceptsOnlyProblems_answers406AndCreatesNothing() {
    String text = "refused " + uniqueName();
    String category = uniqueName();
    String notesWithText = "/api/notes?q=" + encode(text);
    assertThat(api.get(notesWithText).json().get("items")).isEmpty();

    Response refused =
        api.send(
            api.request("/api/notes")
                .header("Content-Type", "application/json")
                .header("Accept", "application/problem+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\":"
                            + quote(text)
                            + ",\"categoryName\":"
                            + quote(category)
                            + "}")));

    assertProblem(refused, 406);
    assertThat(refused.header("Location")).isEmpty();
    assertThat(api.get(notesWithText).json().get("items")).isEmpty();
    assertProblem(api.get("/api/categories/by-name/" + category), 404);
  }

  @Test
  void postNote_refusesBadInput() {
    long id = createCategory(uniqueName()).id();

    assertProblem(createNote("   ", null), 400);
    assertProblem(createNote("both", "\"categoryId\":" + id + ",\"categoryName\":\"x\""), 400);
    assertProblem(createNote("ghost", "\"categoryId\":999999999"), 422);
  }

  @Test
  void getNote_answersWithETag_and404WhenMissing() {
    long id = createNote("read me", null).id();

    Response found = api.get("/api/notes/" + id);

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.header("ETag")).contains("\"0\"");
    assertThat(found.json().get("text").asString()).isEqualTo("read me");
    assertProblem(api.get("/api/notes/999999999"), 404);
  }

  @Test
  void putNote_withoutCategoryFields_editsTheTextAndUncategorizesIt() {
    long id = createNote("draft", "\"categoryName\":" + quote(uniqueName())).id();

    Response moved = api.put("/api/notes/" + id, "{\"text\":\"final\"}", "\"0\"");

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().get("category").isNull()).isTrue();
    assertThat(moved.json().get("version").asLong()).isEqualTo(1);
    assertThat(moved.header("ETag")).contains("\"1\"");
    assertThat(api.get("/api/notes/" + id).json().get("text").asString()).isEqualTo("final");
  }

  @Test
  void putNote_withAStaleIfMatch_answers412AndChangesNothing() {
    long id = createNote("draft", null).id();
    api.put("/api/notes/" + id, "{\"text\":\"final\"}");

    assertProblem(api.put("/api/notes/" + id, "{\"text\":\"stale\"}", "\"0\""), 412);
    assertThat(api.get("/api/notes/" + id).json().get("text").asString()).isEqualTo("final");
  }

  @Test
  void putNote_intoAnUnknownCategory_answers422AndChangesNothing() {
    long id = createNote("draft", null).id();

    assertProblem(api.put("/api/notes/" + id, "{\"text\":\"x\",\"categoryId\":999999999}"), 422);
    assertThat(api.get("/api/notes/" + id).json().get("text").asString()).isEqualTo("draft");
  }

  @Test
  void putNote_withABlankText_answers400() {
    long id = createNote("draft", null).id();

    assertProblem(api.put("/api/notes/" + id, "{\"text\":\"\"}"), 400);
  }

  @Test
  void putNote_ofAMissingNote_answers404() {
    assertProblem(api.put("/api/notes/999999999", "{\"text\":\"x\"}"), 404);
  }

  @Test
  void deleteNote_withIfMatch_refusesAStaleVersionAndDeletesNothing_thenDeletesTheCurrentOne() {
    long id = createNote("edited once", null).id();
    assertThat(api.put("/api/notes/" + id, "{\"text\":\"edited\"}", "\"0\"").status())
        .isEqualTo(200);

    assertProblem(api.delete("/api/notes/" + id, "\"0\""), 412);
    assertThat(api.get("/api/notes/" + id).status()).as("still there").isEqualTo(200);
    assertThat(api.delete("/api/notes/" + id, "\"1\"").status()).isEqualTo(204);
    assertProblem(api.get("/api/notes/" + id), 404);
  }

  @Test
  void deleteCategory_withIfMatch_refusesAStaleVersionAndDeletesNothing_thenDeletesTheCurrentOne() {
    long id = createCategory(uniqueName()).id();
    assertThat(api.put("/api/categories/" + id, "{\"name\":" + quote(uniqueName()) + "}").status())
        .isEqualTo(200);

    assertProblem(api.delete("/api/categories/" + id, "\"0\""), 412);
    assertThat(api.get("/api/categories/" + id).status()).as("still there").isEqualTo(200);
    assertThat(api.delete("/api/categories/" + id, "\"1\"").status()).isEqualTo(204);
    assertProblem(api.get("/api/categories/" + id), 404);
  }

  @Test
  void deleteNote_keepsTheCategory() {
    String name = uniqueName();
    long id = createNote("short-lived", "\"categoryName\":" + quote(name)).id();

    assertThat(api.delete("/api/notes/" + id).status()).isEqualTo(204);
    assertProblem(api.delete("/api/notes/" + id), 404);
    assertThat(api.get("/api/categories/by-name/" + name).status()).isEqualTo(200);
  }

  @Test
  void listNotes_filtersByCategoryUncategorizedAndLiteralSubstring() {
    String token = uniqueName();
    long id = createCategory(uniqueName()).id();
    long inCategory = createNote(token + " 100% in category", "\"categoryId\":" + id).id();
    long loose = createNote(token + " 1000 loose", null).id();

    assertThat(ids(api.get("/api/notes?categoryId=" + id))).containsExactly(inCategory);
    assertThat(ids(api.get("/api/notes?q=" + encode(token.toUpperCase(Locale.ROOT) + " 100%"))))
        .containsExactly(inCategory);
    assertThat(ids(api.get("/api/notes?uncategorized=true&q=" + token))).containsExactly(loose);
    assertProblem(api.get("/api/notes?categoryId=" + id + "&uncategorized=true"), 400);
    assertProblem(api.get("/api/notes?cursor=" + "x".repeat(40)), 400);
  }

  /** Lower-cased alone, a query ending in Σ ends in ς, while the stored Σ before a letter is σ. */
  @Test
  void searches_findTextInTheCaseItWasWritten_evenWithACapitalSigma() {
    String name = uniqueName().substring(0, 7) + "ΟΣΑ";
    createCategory(name);
    long note = createNote(name + " ΚΑΙ ΑΛΛΑ", null).id();
    String query = encode(name.substring(0, 9)); // ends in ΟΣ

    Response categories = api.get("/api/categories?q=" + query);
    assertThat(categories.json().get("items").get(0).get("name").asString()).isEqualTo(name);
    assertThat(ids(api.get("/api/notes?q=" + query))).containsExactly(note);
  }

  @Test
  void listNotes_refusesEmptyOrLooseFilterValuesInsteadOfListingEverything() {
    for (String query : List.of("categoryId=", "limit=", "uncategorized=", "uncategorized=yes")) {
      assertProblem(api.get("/api/notes?" + query), 400);
    }
  }

  @Test
  void emojiNamesAndTheLargestText_roundTripExactly() {
    String emojiName = "😀🎉" + uniqueName().substring(0, 8);
    String largest = "€".repeat(21_845);

    Response note = createNote(largest, "\"categoryName\":" + quote(emojiName));

    assertThat(note.status()).as(note.toString().substring(0, 200)).isEqualTo(201);
    Response read = api.get("/api/notes/" + note.id());
    assertThat(read.json().get("text").asString()).isEqualTo(largest);
    assertThat(read.json().get("category").get("name").asString()).isEqualTo(emojiName);
    assertProblem(createNote(largest + "x", null), 400);
  }

  // --- errors ---

  @Test
  void clientMistakes_areProblemsNever5xx() {
    assertProblem(api.post("/api/categories", "{\"name\":"), 400);
    assertProblem(api.post("/api/categories", "{\"name\":5}"), 400);
    assertProblem(api.post("/api/notes", "{\"text\":\"x\",\"categoryId\":\"one\"}"), 400);
    assertProblem(api.post("/api/categories", "{\"name\":\"x\",\"colour\":\"red\"}"), 400);
    assertProblem(api.get("/api/notes/abc"), 400);
    assertProblem(
        api.send(
            api.request("/api/categories")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("tech"))),
        415);
    assertProblem(api.get("/api/nothing-here"), 404);
    assertProblem(
        api.send(api.request("/api/notes").method("PATCH", HttpRequest.BodyPublishers.noBody())),
        405);
    assertProblem(
        api.post("/api/notes", "{\"text\":" + quote("a".repeat(1024 * 1024 + 1)) + "}"), 413);
  }

  // --- concurrency ---

  @Test
  void concurrentCreatorsOfOneName_oneWinsTheRestConflict() throws Exception {
    String name = uniqueName();

    List<Integer> statuses = Concurrently.run(20, () -> createCategory(name).status());

    assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
  }

  @Test
  void concurrentNotesByOneNewCategoryName_allStoredInOneCategory() throws Exception {
    String name = uniqueName();

    List<Integer> statuses =
        Concurrently.run(20, () -> createNote("race", "\"categoryName\":" + quote(name)).status());

    assertThat(statuses).containsOnly(201);
    JsonNode found = api.get("/api/categories?name=" + name).json().get("items");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("noteCount").asLong()).isEqualTo(20);
  }

  /**
   * Thread 0 deletes a category while the others add notes to it, half by name and half by id: a
   * note by name is always stored (in the category made anew if the delete won); notes by id are
   * either all stored (the delete hears 409) or all refused (the delete wins); every acknowledged
   * note can be read afterwards.
   */
  @Test
  void notesAddedWhileTheirCategoryIsDeleted_byNameAlwaysStored_byIdAllOrNone() throws Exception {
    for (int round = 0; round < 10; round++) {
      String name = uniqueName();
      long id = createCategory(name).json().get("id").asLong();
      AtomicInteger roles = new AtomicInteger();

      List<String> outcomes =
          Concurrently.run(
              9,
              () -> {
                int role = roles.getAndIncrement();
                if (role == 0) {
                  return "delete " + api.delete("/api/categories/" + id).status();
                }
                String how = role % 2 == 0 ? "byName" : "byId";
                Response created =
                    createNote(
                        "race",
                        role % 2 == 0 ? "\"categoryName\":" + quote(name) : "\"categoryId\":" + id);
                if (created.status() == 201) {
                  long noteId = created.json().get("id").asLong();
                  assertThat(api.get("/api/notes/" + noteId).status()).isEqualTo(200);
                }
                return how + " " + created.status();
              });

      assertThat(outcomes).filteredOn(o -> o.startsWith("byName")).containsOnly("byName 201");
      List<String> byId = outcomes.stream().filter(o -> o.startsWith("byId")).toList();
      if (outcomes.contains("delete 204")) {
        assertThat(byId).as(outcomes.toString()).containsOnly("byId 422");
      } else {
        assertThat(outcomes).as(outcomes.toString()).contains("delete 409");
        assertThat(byId).as(outcomes.toString()).containsOnly("byId 201");
      }
    }
  }

  /**
   * Edits of one note without If-Match are applied one after the other, also when some move the
   * note into a category they make by name: an edit that waited for another reads the note in the
   * category that one made. Afterwards each category counts the note exactly when it holds it.
   */
  @Test
  void concurrentEditsOfOneNote_movingItIntoNewCategoriesByName_allApplied() throws Exception {
    for (int round = 0; round < 10; round++) {
      long id = createNote("draft", null).json().get("id").asLong();
      List<String> names = List.of(uniqueName(), uniqueName());
      AtomicInteger roles = new AtomicInteger();

      List<Response> edits =
          Concurrently.run(
              3,
              () -> {
                int role = roles.getAndIncrement();
                String category = role < 2 ? ",\"categoryName\":" + quote(names.get(role)) : "";
                return api.put(
                    "/api/notes/" + id, "{\"text\":\"edit " + role + "\"" + category + "}");
              });

      assertThat(edits)
          .allSatisfy(edit -> assertThat(edit.status()).as(edit.toString()).isEqualTo(200));
      JsonNode note = api.get("/api/notes/" + id).json();
      assertThat(note.get("version").asLong()).isEqualTo(3);
      for (String name : names) {
        JsonNode category = api.get("/api/categories/by-name/" + name).json();
        boolean holdsNote = name.equals(note.get("category").path("name").asText());
        assertThat(category.get("noteCount").asLong()).isEqualTo(holdsNote ? 1 : 0);
      }
    }
  }

  // --- operations ---

  @Test
  void openApi_describesEveryPath() {
    JsonNode paths = api.get("/v3/api-docs").json().get("paths");

    assertThat(paths.propertyNames())
        .contains(
            "/api/categories",
            "/api/categories/{id}",
            "/api/categories/by-name/{name}",
            "/api/categories/{id}/notes",
            "/api/notes",
            "/api/notes/{id}");
    assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
  }

  @Test
  void actuator_exposesHealthInfoAndPrometheusOnly() {
    assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    assertThat(api.get("/actuator/info").status()).isEqualTo(200);
    assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);
    for (String hidden :
        List.of(
            "",
            "/env",
            "/beans",
            "/configprops",
            "/metrics",
            "/loggers",
            "/mappings",
            "/flyway",
            "/threaddump",
            "/heapdump",
            "/conditions",
            "/scheduledtasks",
            "/caches",
            "/sbom")) {
      assertThat(api.get("/actuator" + hidden).status()).as("/actuator" + hidden).isEqualTo(404);
    }
    assertThat(api.post("/actuator/shutdown", "{}").status()).isIn(404, 405);
  }

  private static List<Long> ids(Response page) {
    List<Long> ids = new ArrayList<>();
    page.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }
}
