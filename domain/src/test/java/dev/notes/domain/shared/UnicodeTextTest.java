package dev.notes.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeTextTest {

  /** A fixed seed: a failure is reproducible, and the loop still covers far more than examples. */
  private static final long SEED = 20261124L;

  private static final int SAMPLES = 2_000;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "\u007F",
        "\u0080",
        "é",
        "\u07FF",
        "\u0800",
        "€",
        "\uFFFF",
        "\uD800\uDC00",
        "😀",
        "\uDBFF\uDFFF",
        "mixed: aé€😀 \u0000"
      })
  void givenEncodingBoundary_utf8Length_equalsTheEncodedLength(String text) {
    assertThat(UnicodeText.utf8Length(text)).isEqualTo(utf8Bytes(text));
  }

  @Test
  void givenRandomWellFormedStrings_utf8Length_equalsTheEncodedLength() {
    Random random = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      String text = randomWellFormed(random);

      assertThat(UnicodeText.utf8Length(text))
          .as("UTF-8 length of %s", text)
          .isEqualTo(utf8Bytes(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D", "a\uD83D", "\uD83Da", "\uDE00", "a\uDE00b", "\uDE00\uD83D"})
  void givenLoneSurrogate_isWellFormed_isFalse(String malformed) {
    assertThat(UnicodeText.isWellFormed(malformed)).isFalse();
  }

  @Test
  void givenRandomCharsIncludingSurrogates_isWellFormed_agreesWithTheUtf8Encoder() {
    Random random = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      String text = randomChars(random);

      assertThat(UnicodeText.isWellFormed(text))
          .as("well-formedness of %s", text.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(StandardCharsets.UTF_8.newEncoder().canEncode(text));
    }
  }

  private static long utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Code points from each UTF-8 length class in turn, so every branch is drawn often. */
  private static String randomWellFormed(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(20);
    for (int i = 0; i < length; i++) {
      int codePoint;
      switch (random.nextInt(4)) {
        case 0 -> codePoint = random.nextInt(0x80);
        case 1 -> codePoint = 0x80 + random.nextInt(0x800 - 0x80);
        case 2 -> {
          do {
            codePoint = 0x800 + random.nextInt(0x10000 - 0x800);
          } while (Character.isSurrogate((char) codePoint));
        }
        default -> codePoint = 0x10000 + random.nextInt(Character.MAX_CODE_POINT + 1 - 0x10000);
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  /** Mostly plain letters, with high and low surrogates often enough to pair and not to pair. */
  private static String randomChars(Random random) {
    char[] pool = {'a', 'é', '€', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(6);
    for (int i = 0; i < length; i++) {
      text.append(pool[random.nextInt(pool.length)]);
    }
    return text.toString();
  }
}
