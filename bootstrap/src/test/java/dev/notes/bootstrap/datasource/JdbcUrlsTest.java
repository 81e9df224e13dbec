package dev.notes.bootstrap.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcUrlsTest {

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:h2:file:./data/notes", "jdbc:h2:./data/notes", "jdbc:h2:mem:x"})
  void anH2DatabaseInTheSameProcess_isEmbedded(String url) {
    assertThat(JdbcUrls.isEmbeddedH2(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:h2:tcp://db.example/notes",
        "jdbc:h2:ssl://db.example/notes",
        "jdbc:mysql://127.0.0.1:3306/notes"
      })
  void aDatabaseReachedOverTheNetwork_isNotEmbedded(String url) {
    assertThat(JdbcUrls.isEmbeddedH2(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:mysql://127.0.0.1/notes?user=root&password=s3cret",
        "jdbc:mysql://root:s3cret@127.0.0.1/notes"
      })
  void aPrintedUrl_showsNoPassword(String url) {
    assertThat(JdbcUrls.withoutSecrets(url)).doesNotContain("s3cret").contains("***");
  }

  @Test
  void givenCausesThatNameEachOther_rootMessage_isStillFound() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);

    assertThat(JdbcUrls.rootMessage(first)).isIn("first", "second");
  }
}
