package dev.notes.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenedTest {

  @Test
  void givenAValueOfFortyCharacters_of_keepsItWhole() {
    String forty = "a".repeat(40);

    assertThat(Shortened.of(forty)).isEqualTo(forty);
  }

  @Test
  void givenALongerValue_of_keepsItsFirstFortyCharactersAndMarksTheCut() {
    assertThat(Shortened.of("b".repeat(41) + "c".repeat(5000))).isEqualTo("b".repeat(40) + "...");
  }

  @Test
  void givenAnEmojiAcrossTheCut_of_keepsItWholeOrLeavesItOut() {
    String emojiAt40 = "a".repeat(39) + "😀" + "tail";

    assertThat(Shortened.of(emojiAt40)).isEqualTo("a".repeat(39) + "😀...");
  }

  @Test
  void givenFortyEmoji_of_countsThemAsFortyCharacters() {
    String fortyEmoji = "😀".repeat(40);

    assertThat(Shortened.of(fortyEmoji)).isEqualTo(fortyEmoji);
  }
}
