package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A text search over HTTP, with the service's bound set to 3 notes per request: a page may be
 * short, even empty, and still carry a {@code nextCursor}; following the cursors finds a match far
 * back and ends with {@code null}. The setting reaches the repository through the composition root.
 * A database of its own, so that exactly this test's notes count.
 */
@SpringBootTest(
    classes = NotesApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:notes_e2e_bounded;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "notes.persistence.search.max-notes-read=3"
    })
class BoundedSearchEndToEndTest {

  @LocalServerPort int port;

  @Test
  void searchPastTheBound_answersAnEmptyPageWithANextCursor_andFollowingItFindsTheMatch() {
    HttpApi api = new HttpApi(port);
    String token = "t" + UUID.randomUUID().toString().replace("-", "");
    long match = api.post("/api/notes", "{\"text\":\"" + token + " far back\"}").id();
    for (int i = 0; i < 7; i++) {
      assertThat(api.post("/api/notes", "{\"text\":\"newer note " + i + "\"}").status())
          .isEqualTo(201);
    }

    String path = "/api/notes?limit=10&q=" + token;
    JsonNode first = api.get(path).json();
    assertThat(first.get("items")).isEmpty();
    assertThat(first.get("nextCursor").isNull()).isFalse();

    List<Long> found = new ArrayList<>();
    int pages = 0;
    for (JsonNode page = first; ; page = api.get(path + "&cursor=" + cursorOf(page)).json()) {
      pages++;
      page.get("items").forEach(item -> found.add(item.get("id").asLong()));
      if (page.get("nextCursor").isNull()) {
        break;
      }
    }
    assertThat(found).containsExactly(match);
    assertThat(pages).as("8 notes, at most 3 read per request").isEqualTo(3);
  }

  @Test
  void apiDescription_ofTheNoteList_saysASearchPageMayBeShortWithANextCursor() {
    JsonNode list =
        new HttpApi(port).get("/v3/api-docs").json().get("paths").get("/api/notes").get("get");

    assertThat(list.get("description").asString()).contains("short, even empty", "nextCursor");
  }

  private static String cursorOf(JsonNode page) {
    return URLEncoder.encode(page.get("nextCursor").asString(), StandardCharsets.UTF_8);
  }
}
