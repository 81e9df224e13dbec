package dev.notes.adapter.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {

  private static final NotePosition NOTE =
      new NotePosition(Instant.parse("2026-11-24T10:00:00.123Z"), new NoteId(42));
  private static final CategoryPosition CATEGORY =
      new CategoryPosition("café 🚀", new CategoryId(7));

  private final CursorCodec codec = new CursorCodec("test-secret");

  @Test
  void givenANotePosition_encodeThenDecode_givesItBack() {
    assertThat(codec.decodeNotePosition(codec.encode(NOTE))).isEqualTo(NOTE);
  }

  @Test
  void givenACategoryPositionWithAnyUnicode_encodeThenDecode_givesItBack() {
    assertThat(codec.decodeCategoryPosition(codec.encode(CATEGORY))).isEqualTo(CATEGORY);
  }

  @Test
  void givenAPosition_encode_isUrlSafeWithoutPadding() {
    assertThat(codec.encode(NOTE)).matches("[A-Za-z0-9_-]+");
    assertThat(codec.encode(CATEGORY)).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void givenACategoryCursor_decodeNotePosition_refusesItAsAnotherListsCursor() {
    assertThatThrownBy(() -> codec.decodeNotePosition(codec.encode(CATEGORY)))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            refused -> {
              assertThat(refused.valueName()).isEqualTo("cursor");
              assertThat(refused).hasMessageContaining("another list");
            });
  }

  @Test
  void givenANoteCursor_decodeCategoryPosition_refusesIt() {
    assertThatThrownBy(() -> codec.decodeCategoryPosition(codec.encode(NOTE)))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void givenACursorWithOneBitFlipped_decode_refusesIt() {
    byte[] raw = Base64.getUrlDecoder().decode(codec.encode(NOTE));
    raw[3] ^= 1;
    String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

    assertThatThrownBy(() -> codec.decodeNotePosition(edited)).isInstanceOf(InvalidValue.class);
  }

  @Test
  void givenATruncatedCursor_decode_refusesIt() {
    String cursor = codec.encode(NOTE);

    assertThatThrownBy(() -> codec.decodeNotePosition(cursor.substring(0, cursor.length() - 1)))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void givenACursorSignedWithAnotherSecret_decode_refusesIt() {
    String foreign = new CursorCodec("another-secret").encode(NOTE);

    assertThatThrownBy(() -> codec.decodeNotePosition(foreign)).isInstanceOf(InvalidValue.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "x", "not base64!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%00"})
  void givenGarbage_decode_refusesItForFieldCursor(String garbage) {
    assertThatThrownBy(() -> codec.decodeNotePosition(garbage))
        .isInstanceOfSatisfying(
            InvalidValue.class, refused -> assertThat(refused.valueName()).isEqualTo("cursor"));
  }

  @Test
  void givenAHugeString_decode_refusesItWithoutDecoding() {
    assertThatThrownBy(() -> codec.decodeNotePosition("A".repeat(100_000)))
        .isInstanceOf(InvalidValue.class);
  }
}
