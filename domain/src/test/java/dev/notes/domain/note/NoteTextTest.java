package dev.notes.domain.note;

import static dev.notes.domain.testing.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limit is the 65,535 bytes of a MySQL TEXT column, so it is checked in UTF-8 bytes. */
class NoteTextTest {

  private static final int MAX = NoteText.MAX_UTF8_BYTES;

  @Test
  void givenSurroundingWhiteSpace_construct_keepsTheTextExactly() {
    String exact = "  line one\n\tline two \r\n ";

    assertThat(new NoteText(exact).value()).isEqualTo(exact);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n", " \t\r\n \u2028 ", "\u00A0", "\u2007\u202F\u3000"})
  void givenOnlyWhiteSpace_construct_refusesTheText(String blank) {
    assertRefused(() -> new NoteText(blank), "note text");
  }

  @Test
  void givenNull_construct_refusesTheText() {
    assertRefused(() -> new NoteText(null), "note text");
  }

  @Test
  void givenOneByteCharactersFillingTheLimit_construct_acceptsThem() {
    assertAccepted("a".repeat(MAX), MAX);
  }

  @Test
  void givenOneByteOverTheLimit_construct_refusesTheText() {
    assertRefused(() -> new NoteText("a".repeat(MAX + 1)), "note text")
        .hasMessageContaining("65536");
  }

  @Test
  void givenTwoByteCharactersFillingTheLimit_construct_acceptsThem() {
    assertAccepted("é".repeat(MAX / 2) + "a", MAX);
  }

  @Test
  void givenTwoByteCharactersOneByteOverTheLimit_construct_refusesTheText() {
    assertOneByteOver("é".repeat(MAX / 2 + 1));
  }

  @Test
  void givenThreeByteCharactersFillingTheLimit_construct_acceptsThem() {
    // 21,845 × 3 = 65,535 bytes, but only 21,845 chars: a char count would be far off.
    assertAccepted("€".repeat(MAX / 3), MAX);
  }

  @Test
  void givenThreeByteCharactersPlusOneAscii_construct_refusesTheText() {
    assertOneByteOver("€".repeat(MAX / 3) + "a");
  }

  @Test
  void givenFourByteEmojiFillingTheLimit_construct_acceptsThem() {
    // 16,383 × 4 = 65,532 bytes; three ASCII bytes make 65,535.
    assertAccepted("😀".repeat(MAX / 4) + "abc", MAX);
  }

  @Test
  void givenFourByteEmojiOneByteOverTheLimit_construct_refusesTheText() {
    assertOneByteOver("😀".repeat(MAX / 4) + "abcd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"note \uD83D", "\uDE00 note", "a\uD83Db"})
  void givenLoneSurrogate_construct_refusesTheText(String malformed) {
    assertRefused(() -> new NoteText(malformed), "note text");
  }

  private static void assertAccepted(String text, int expectedBytes) {
    assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(expectedBytes);

    assertThat(new NoteText(text).value()).isEqualTo(text);
  }

  private static void assertOneByteOver(String text) {
    assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(MAX + 1);

    assertRefused(() -> new NoteText(text), "note text");
  }
}
