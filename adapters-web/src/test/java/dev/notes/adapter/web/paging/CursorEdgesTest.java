package dev.notes.adapter.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.InvalidValue;
import dev.notes.domain.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The edges of a cursor: its longest accepted length, its shortest shapes, and the page asked. */
class CursorEdgesTest {

  private static final String SECRET = "test-secret";
  private static final NotePosition NOTE =
      new NotePosition(Instant.parse("2026-11-24T10:00:00.123Z"), new NoteId(42));

  private final CursorCodec codec = new CursorCodec(SECRET);

  @Test
  void givenACursorOfExactly256Characters_decode_acceptsIt() {
    CategoryPosition longest = new CategoryPosition("x".repeat(167), new CategoryId(7));
    String cursor = codec.encode(longest);

    assertThat(cursor).hasSize(256);
    assertThat(codec.decodeCategoryPosition(cursor)).isEqualTo(longest);
  }

  @Test
  void givenAnOtherwiseValidCursorLongerThan256Characters_decode_refusesIt() {
    String cursor = codec.encode(new CategoryPosition("x".repeat(168), new CategoryId(7)));

    assertThat(cursor).hasSizeGreaterThan(256);
    assertThatThrownBy(() -> codec.decodeCategoryPosition(cursor))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("not a nextCursor this service gave out");
  }

  @Test
  void givenACategoryPositionWithAnEmptyName_encodeThenDecode_givesItBack() {
    CategoryPosition first = new CategoryPosition("", new CategoryId(1));

    assertThat(codec.decodeCategoryPosition(codec.encode(first))).isEqualTo(first);
  }

  @Test
  void givenASignedCursorOfTheShortestShape_decode_checksItsKind() {
    String kindAndMacOnly = sealed((byte) 'c');

    assertThatThrownBy(() -> codec.decodeNotePosition(kindAndMacOnly))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("belongs to another list");
  }

  @Test
  void givenASignedCategoryCursorShorterThanAnId_decode_refusesIt() {
    String sevenBytes = sealed((byte) 'c', 0, 0, 0, 0, 0, 0, 7);

    assertThatThrownBy(() -> codec.decodeCategoryPosition(sevenBytes))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("not a nextCursor this service gave out");
  }

  @Test
  void givenASignedNoteCursorOfTheWrongLength_decode_refusesIt() {
    String nineBytes = sealed((byte) 'n', 0, 0, 0, 0, 0, 0, 0, 0, 7);

    assertThatThrownBy(() -> codec.decodeNotePosition(nineBytes))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("not a nextCursor this service gave out");
  }

  @Test
  void givenANoteCursorSignedWithOurKeyButAnIdOfZero_decode_refusesIt() {
    String idZero = sealed((byte) 'n', 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);

    assertThatThrownBy(() -> codec.decodeNotePosition(idZero))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("not a nextCursor this service gave out");
  }

  @Test
  void givenACategoryCursorSignedWithOurKeyButANegativeId_decode_refusesIt() {
    String idMinusOne = sealed((byte) 'c', 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 'a');

    assertThatThrownBy(() -> codec.decodeCategoryPosition(idMinusOne))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("not a nextCursor this service gave out");
  }

  @Test
  void givenANoteCursorAtTheFarthestInstants_decode_givesThemBack() {
    NotePosition latest = new NotePosition(Instant.ofEpochMilli(Long.MAX_VALUE), new NoteId(1));
    NotePosition earliest = new NotePosition(Instant.ofEpochMilli(Long.MIN_VALUE), new NoteId(1));

    assertThat(codec.decodeNotePosition(codec.encode(latest))).isEqualTo(latest);
    assertThat(codec.decodeNotePosition(codec.encode(earliest))).isEqualTo(earliest);
  }

  @Test
  void givenACursorOneByteShorterThanAMac_decode_refusesIt() {
    String sixteenBytes = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

    assertThatThrownBy(() -> codec.decodeNotePosition(sixteenBytes))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("not a nextCursor this service gave out");
  }

  @Test
  void givenNoCursor_notePage_startsAtTheBeginning() {
    assertThat(codec.notePage(null, 20)).isEqualTo(new PageRequest<>(Optional.empty(), 20));
  }

  @Test
  void givenNoLimit_pages_holdTheDefaultNumberOfItems() {
    assertThat(codec.notePage(null, null)).isEqualTo(PageRequest.first(PageRequest.DEFAULT_LIMIT));
    assertThat(codec.categoryPage(null, null))
        .isEqualTo(PageRequest.first(PageRequest.DEFAULT_LIMIT));
  }

  @Test
  void givenANoteCursor_notePage_startsAfterItsPosition() {
    assertThat(codec.notePage(codec.encode(NOTE), 20)).isEqualTo(PageRequest.after(NOTE, 20));
  }

  @Test
  void givenACategoryCursor_categoryPage_startsAfterItsPosition() {
    CategoryPosition position = new CategoryPosition("tech", new CategoryId(3));

    assertThat(codec.categoryPage(codec.encode(position), 5))
        .isEqualTo(PageRequest.after(position, 5));
    assertThat(codec.categoryPage(null, 5)).isEqualTo(PageRequest.first(5));
  }

  @Test
  void givenALimitOutOfRange_notePage_refusesItAsTheLimitParameter() {
    assertThatThrownBy(() -> codec.notePage(null, 0))
        .isInstanceOfSatisfying(
            InvalidValue.class, refused -> assertThat(refused.valueName()).isEqualTo("limit"));
  }

  /** A cursor as the codec would seal it: kind, payload, and the first 16 bytes of the MAC. */
  private static String sealed(byte kind, int... payload) {
    byte[] signed = new byte[1 + payload.length];
    signed[0] = kind;
    for (int i = 0; i < payload.length; i++) {
      signed[1 + i] = (byte) payload[i];
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] tag = Arrays.copyOf(mac.doFinal(signed), CursorCodec.MAC_BYTES);
      byte[] raw = Arrays.copyOf(signed, signed.length + tag.length);
      System.arraycopy(tag, 0, raw, signed.length, tag.length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
