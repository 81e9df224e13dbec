package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Text searches over HTTP with a budget so small (1 µs of search time per second, no waiting) that
 * one search that reads all it may (it matches nothing) spends it for a long while: the next search
 * answers 503 with {@code Retry-After}, while reads of single notes and lists, which the budget
 * does not ration, still answer. The settings reach the repository through the composition root. A
 * database of its own.
 */
@SpringBootTest(
    classes = NotesApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:notes_e2e_budget;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "notes.persistence.search.time-per-second=1us",
      "notes.persistence.search.max-wait=0s"
    })
class SearchBudgetEndToEndTest {

  @LocalServerPort int port;

  @Test
  void givenASearchThatReadAllItMay_theNextAnswers503WithRetryAfter_whileOtherReadsAnswer() {
    HttpApi api = new HttpApi(port);
    long id = api.post("/api/notes", "{\"text\":\"budgeted\"}").id();
    for (int i = 0; i < 5; i++) {
      assertThat(api.get("/api/notes?limit=1&q=budgeted").status())
          .as("a search that fills its page counts nothing")
          .isEqualTo(200);
    }
    assertThat(api.get("/api/notes?q=nowhere").status()).isEqualTo(200);

    HttpApi.Response refused = api.get("/api/notes?q=budgeted");

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.header("Retry-After")).hasValue("5");
    assertThat(refused.json().get("detail").asString())
        .isEqualTo(
            "text searches take all of the database they may have right now; try again later");
    assertThat(api.get("/api/notes/" + id).status()).isEqualTo(200);
    assertThat(api.get("/api/notes?limit=5").status()).isEqualTo(200);
  }
}
