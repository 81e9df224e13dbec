package dev.notes.domain.category;

import static dev.notes.domain.testing.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryNameTest {

  private static final String EMOJI = "😀"; // one code point, two UTF-16 units

  @Test
  void givenSurroundingWhiteSpace_construct_stripsItButKeepsInteriorSpacesAndCase() {
    CategoryName name = new CategoryName(" \t\n My Tech \r\n\t ");

    assertThat(name.value()).isEqualTo("My Tech");
  }

  @Test
  void givenOneCharacterAfterTrimming_construct_acceptsIt() {
    assertThat(new CategoryName("  x  ").value()).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n", " \t\r\n "})
  void givenNothingLeftAfterTrimming_construct_refusesTheName(String blank) {
    assertRefused(() -> new CategoryName(blank), "category name");
  }

  @Test
  void givenNull_construct_refusesTheName() {
    assertRefused(() -> new CategoryName(null), "category name");
  }

  @Test
  void givenTenCharacters_construct_acceptsThem() {
    assertThat(new CategoryName("abcdefghij").value()).hasSize(10);
  }

  @Test
  void givenElevenCharacters_construct_refusesThemSayingHowMany() {
    assertRefused(() -> new CategoryName("abcdefghijk"), "category name")
        .hasMessageContaining("11");
  }

  @Test
  void givenTenCharactersInsideWhiteSpace_construct_countsOnlyWhatIsLeftAfterTrimming() {
    assertThat(new CategoryName("   abcdefghij   ").value()).isEqualTo("abcdefghij");
  }

  @Test
  void givenTenEmoji_construct_countsThemAsTenCharactersNotTwentyUnits() {
    String tenEmoji = EMOJI.repeat(10);
    assertThat(tenEmoji).as("20 UTF-16 units: what a naive length() check would count").hasSize(20);

    assertThat(new CategoryName(tenEmoji).value()).isEqualTo(tenEmoji);
  }

  @Test
  void givenElevenEmoji_construct_refusesThem() {
    assertRefused(() -> new CategoryName(EMOJI.repeat(11)), "category name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b", "a\nb", "a\tb", "\u0000ab"})
  void givenControlCharacter_construct_refusesTheName(String withControl) {
    assertRefused(() -> new CategoryName(withControl), "category name");
  }

  @Test
  void givenNoBreakSpacesAroundTheName_construct_stripsThemToo() {
    assertThat(new CategoryName("\u00A0\u2007tech\u202F\u3000").value()).isEqualTo("tech");
  }

  @Test
  void givenControlCharacterThatJavaCallsWhiteSpaceAtTheEnd_construct_refusesItInsteadOfTrimming() {
    assertRefused(() -> new CategoryName("tech\u001F"), "category name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD83Db", "a\uDE00b", "ab\uD83D", "\uDE00\uD83D"})
  void givenLoneSurrogate_construct_refusesTheName(String malformed) {
    assertRefused(() -> new CategoryName(malformed), "category name");
  }

  @Test
  void givenSameLettersInAnotherCase_key_isTheSameIdentity() {
    CategoryName upper = new CategoryName("Tech");
    CategoryName lower = new CategoryName("tech");

    assertThat(upper.key()).isEqualTo(lower.key());
    assertThat(upper.sameIdentityAs(lower)).isTrue();
    assertThat(upper).as("the stored spelling still differs").isNotEqualTo(lower);
  }

  @Test
  void givenAccentedAndPlainLetter_key_isAnotherIdentity() {
    CategoryName accented = new CategoryName("café");
    CategoryName plain = new CategoryName("cafe");

    assertThat(accented.key()).isNotEqualTo(plain.key());
    assertThat(accented.sameIdentityAs(plain)).isFalse();
  }

  @Test
  void givenTurkishDefaultLocale_key_stillLowerCasesUnderTheRootLocale() {
    // Under "tr", String.toLowerCase() maps I to dotless ı and İ to i: a key computed with the
    // default locale would make TITLE and title two categories on a Turkish server.
    withDefaultLocale(
        new Locale("tr"),
        () -> {
          assertThat(new CategoryName("İ").key()).isEqualTo("i\u0307");
          assertThat(new CategoryName("TITLE").sameIdentityAs(new CategoryName("title"))).isTrue();
        });
  }

  @Test
  void givenAnyText_keyOf_isTheKeyANameWithThatTextWouldHave() {
    assertThat(CategoryName.keyOf("BackEnd")).isEqualTo(new CategoryName("backend").key());
  }

  private static void withDefaultLocale(Locale locale, Runnable body) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      body.run();
    } finally {
      Locale.setDefault(before);
    }
  }
}
