package dev.notes.adapter.web.paging;

import dev.notes.adapter.web.http.RequestValues;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.InvalidValue;
import dev.notes.domain.shared.PageRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns the {@code cursor} and {@code limit} of a list request into the page to read, and a keyset
 * position into the opaque {@code nextCursor} string.
 *
 * <p>A cursor is {@code base64url(kind | position | mac)}: a one-byte tag for the list it belongs
 * to, the position, and the first {@value #MAC_BYTES} bytes of an HMAC-SHA256 over both. The MAC is
 * what lets us answer 400 to any cursor we did not make (garbage, truncated, edited, or taken from
 * the other kind of list) instead of reading a nonsensical position. It protects nothing secret: a
 * client that forged one could only choose where its page starts.
 */
public final class CursorCodec {

  /** Package-visible for tests that seal cursors of their own. */
  static final int MAC_BYTES = 16;

  private static final int MAX_CURSOR_CHARS = 256;
  private static final byte NOTES = 'n';
  private static final byte CATEGORIES = 'c';
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public CursorCodec(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /**
   * No {@code limit} is the default page size. An empty {@code cursor=} was not made by us either:
   * 400, like any other foreign cursor.
   */
  public PageRequest<NotePosition> notePage(@Nullable String cursor, @Nullable Integer limit) {
    return page(cursor, limit, this::decodeNotePosition);
  }

  public PageRequest<CategoryPosition> categoryPage(
      @Nullable String cursor, @Nullable Integer limit) {
    return page(cursor, limit, this::decodeCategoryPosition);
  }

  private static <P> PageRequest<P> page(
      @Nullable String cursor, @Nullable Integer limit, Function<String, P> decode) {
    Optional<P> after = Optional.ofNullable(cursor).map(decode);
    int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    return RequestValues.field("limit", () -> new PageRequest<>(after, size));
  }

  public String encode(NotePosition position) {
    ByteBuffer payload = ByteBuffer.allocate(2 * Long.BYTES);
    payload.putLong(position.createdAt().toEpochMilli()).putLong(position.id().value());
    return seal(NOTES, payload.array());
  }

  public String encode(CategoryPosition position) {
    byte[] nameKey = position.nameKey().getBytes(StandardCharsets.UTF_8);
    ByteBuffer payload = ByteBuffer.allocate(Long.BYTES + nameKey.length);
    payload.putLong(position.id().value()).put(nameKey);
    return seal(CATEGORIES, payload.array());
  }

  NotePosition decodeNotePosition(String cursor) {
    ByteBuffer payload = ByteBuffer.wrap(open(cursor, NOTES));
    if (payload.remaining() != 2 * Long.BYTES) {
      throw notOurs();
    }
    Instant createdAt = Instant.ofEpochMilli(payload.getLong());
    return new NotePosition(createdAt, new NoteId(id(payload)));
  }

  CategoryPosition decodeCategoryPosition(String cursor) {
    ByteBuffer payload = ByteBuffer.wrap(open(cursor, CATEGORIES));
    if (payload.remaining() < Long.BYTES) {
      throw notOurs();
    }
    CategoryId id = new CategoryId(id(payload));
    return new CategoryPosition(StandardCharsets.UTF_8.decode(payload).toString(), id);
  }

  /**
   * We only sign the ids of rows, which are positive; anything else was signed with our key by
   * someone else (the key is a setting, and its default is public).
   */
  private static long id(ByteBuffer payload) {
    long id = payload.getLong();
    if (id < 1) {
      throw notOurs();
    }
    return id;
  }

  private String seal(byte kind, byte[] payload) {
    byte[] signed = ByteBuffer.allocate(1 + payload.length).put(kind).put(payload).array();
    byte[] cursor = Arrays.copyOf(signed, signed.length + MAC_BYTES);
    System.arraycopy(mac(signed), 0, cursor, signed.length, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
  }

  private byte[] open(String cursor, byte expectedKind) {
    byte[] raw;
    try {
      raw =
          cursor.length() > MAX_CURSOR_CHARS ? new byte[0] : Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException notBase64) {
      throw notOurs();
    }
    if (raw.length < 1 + MAC_BYTES) {
      throw notOurs();
    }
    byte[] signed = Arrays.copyOf(raw, raw.length - MAC_BYTES);
    byte[] mac = Arrays.copyOfRange(raw, signed.length, raw.length);
    if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(signed), MAC_BYTES))) {
      throw notOurs();
    }
    if (signed[0] != expectedKind) {
      throw new InvalidValue("cursor", "belongs to another list; use the nextCursor of this list");
    }
    return Arrays.copyOfRange(signed, 1, signed.length);
  }

  private byte[] mac(byte[] signed) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, and cheap to make
      mac.init(key);
      return mac.doFinal(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }

  private static InvalidValue notOurs() {
    return new InvalidValue(
        "cursor", "is not a nextCursor this service gave out; start again without a cursor");
  }
}
