package pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import pagination.KeysetCursor.InvalidCursorException;
import pagination.KeysetCursor.Position;
import pagination.KeysetCursor.Reason;

class KeysetCursorTest {
  // Cursors printed by encodeCursor in src/reference/pagination/keyset.ts.
  private static final String TS_CURSOR = "eyJ2IjoxLCJjIjoxNzAwMDAwMDAwMTIzLCJpIjoidHJpcF80MiJ9";
  private static final String TS_CURSOR_UNICODE =
      "eyJ2IjoxLCJjIjoxNzAwMDAwMDAwMTIzLCJpIjoidHJpcC3DqeKYgyJ9";
  private static final String TS_CURSOR_ESCAPES =
      "eyJ2IjoxLCJjIjowLCJpIjoiYVwiYlxcY1xuXHUwMDAxXHVkODAwLyJ9";
  // A stand-in for an HMAC, matching the one used to print the signed TypeScript cursor.
  private static final UnaryOperator<String> SIGN = token -> "sig" + token.length();

  @Test
  void decodesACursorMadeByTheTypeScriptVersion() {
    assertEquals(new Position(1700000000123L, "trip_42"), KeysetCursor.decode(TS_CURSOR));
    assertEquals(
        new Position(1700000000123L, "trip-\u00e9\u2603"), KeysetCursor.decode(TS_CURSOR_UNICODE));
  }

  @Test
  void encodesByteForByteAsTheTypeScriptVersionDoes() {
    assertEquals(TS_CURSOR, KeysetCursor.encode(new Position(1700000000123L, "trip_42")));
    assertEquals(
        TS_CURSOR_UNICODE, KeysetCursor.encode(new Position(1700000000123L, "trip-\u00e9\u2603")));
    String awkward = "a\"b\\c\n\u0001\ud800/";
    assertEquals(TS_CURSOR_ESCAPES, KeysetCursor.encode(new Position(0, awkward)));
    assertEquals(new Position(0, awkward), KeysetCursor.decode(TS_CURSOR_ESCAPES));
    assertEquals("eyJ2IjoxLCJjIjotNSwiaSI6IiJ9", KeysetCursor.encode(new Position(-5, "")));
  }

  @Test
  void signedCursorsRoundTripAndRejectTampering() {
    String signed = TS_CURSOR + ".sig52";
    assertEquals(signed, KeysetCursor.encode(new Position(1700000000123L, "trip_42"), SIGN));
    assertEquals(new Position(1700000000123L, "trip_42"), KeysetCursor.decode(signed, SIGN));
    assertReason(Reason.SIGNATURE, () -> KeysetCursor.decode(TS_CURSOR + ".sig51", SIGN));
    assertReason(Reason.SIGNATURE, () -> KeysetCursor.decode(TS_CURSOR, SIGN));
    assertReason(Reason.SIGNATURE, () -> KeysetCursor.decode(signed + ".x", SIGN));
    assertReason(Reason.ENCODING, () -> KeysetCursor.decode(signed));
  }

  @Test
  void acceptsAnyValidJsonSpellingOfTheSameFields() {
    // {"i":"x","c":1.7e12,"v":1.0}: other key order, exponent and a decimal version.
    assertEquals(
        new Position(1_700_000_000_000L, "x"),
        KeysetCursor.decode("eyJpIjoieCIsImMiOjEuN2UxMiwidiI6MS4wfQ"));
  }

  @Test
  void rejectsGarbageWithAReason() {
    assertReason(Reason.ENCODING, () -> KeysetCursor.decode("not a cursor!"));
    assertReason(Reason.ENCODING, () -> KeysetCursor.decode(""));
    assertReason(Reason.ENCODING, () -> KeysetCursor.decode("a".repeat(513)));
    assertReason(Reason.ENCODING, () -> KeysetCursor.decode("_w")); // byte 0xff: not UTF-8
    // {"v":2,...}: a future format this code does not know.
    assertReason(Reason.VERSION, () -> KeysetCursor.decode("eyJ2IjoyLCJjIjoxLCJpIjoieCJ9"));
    // {"v":1,"c":"1","i":"x"}: the timestamp is a string.
    assertReason(Reason.SHAPE, () -> KeysetCursor.decode("eyJ2IjoxLCJjIjoiMSIsImkiOiJ4In0"));
  }

  @Test
  void theErrorMessageIsSafeToShowToClients() {
    InvalidCursorException error =
        assertThrows(InvalidCursorException.class, () -> KeysetCursor.decode("!"));
    assertEquals("invalid cursor (encoding)", error.getMessage());
  }

  private static void assertReason(Reason expected, Runnable decode) {
    InvalidCursorException error =
        assertThrows(InvalidCursorException.class, decode::run);
    assertEquals(expected, error.reason());
  }
}
