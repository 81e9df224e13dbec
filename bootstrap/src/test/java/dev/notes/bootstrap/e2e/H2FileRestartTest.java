package dev.notes.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default is a file database: what was acknowledged survives a restart. */
class H2FileRestartTest {

  @TempDir Path dataDir;

  @Test
  void givenNoteStored_restartingTheService_keepsIt() {
    String url =
        "--spring.datasource.url=jdbc:h2:file:"
            + dataDir.resolve("notes")
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    long id;
    try (ConfigurableApplicationContext first = start(url)) {
      id = new HttpApi(port(first)).post("/api/notes", "{\"text\":\"survives\"}").id();
    }

    try (ConfigurableApplicationContext second = start(url)) {
      HttpApi.Response read = new HttpApi(port(second)).get("/api/notes/" + id);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.json().get("text").asString()).isEqualTo("survives");
    }
  }

  /**
   * A process killed while transactions were open may leave a count slot off (H2 writes its tables
   * to disk one at a time); the next start recounts, before the first request.
   */
  @Test
  void givenACountLeftOffWhileTheServiceWasDown_restartingTheService_countsExactlyAgain()
      throws SQLException {
    String file = "jdbc:h2:file:" + dataDir.resolve("notes") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    long categoryId;
    try (ConfigurableApplicationContext first = start("--spring.datasource.url=" + file)) {
      HttpApi api = new HttpApi(port(first));
      categoryId = api.post("/api/categories", "{\"name\":\"kept\"}").id();
      api.post("/api/notes", "{\"text\":\"counted\",\"categoryId\":" + categoryId + "}");
    }
    try (Connection offline = DriverManager.getConnection(file, "sa", "")) {
      offline
          .createStatement()
          .executeUpdate("UPDATE category_note_count SET note_count = note_count + 1");
    }

    try (ConfigurableApplicationContext second = start("--spring.datasource.url=" + file)) {
      HttpApi.Response read = new HttpApi(port(second)).get("/api/categories/" + categoryId);
      assertThat(read.json().get("noteCount").asLong()).isOne();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(NotesApplication.class).run(url, "--server.port=0");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
