// Keyset pagination cursors: the sort key of the last row served, as base64url(JSON
// {"v":1,"c":createdAt,"i":id}), optionally followed by ".signature". The format is the
// TypeScript version's, byte for byte, so a cursor minted by one service decodes in another.
// The probe: a cursor is client input; reject garbage, unknown versions and tampering.
package pagination;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Encodes and decodes the position after which the next page starts. */
public final class KeysetCursor {
  /** The sort key (created_at DESC, id DESC); {@code id} breaks ties between equal times. */
  public record Position(long createdAt, String id) {}

  /** Why a cursor was rejected; safe to show to clients in a 400 response. */
  public enum Reason { ENCODING, VERSION, SHAPE, SIGNATURE }

  /** A rejected cursor. */
  public static final class InvalidCursorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    InvalidCursorException(Reason reason) {
      super("invalid cursor (" + reason.name().toLowerCase() + ")");
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  private static final int VERSION = 1;
  private static final int MAX_LENGTH = 512;

  private KeysetCursor() {}

  /** An unsigned cursor. */
  public static String encode(Position position) {
    return encode(position, null);
  }

  /** A cursor; with {@code sign} (an HMAC of the token under a server key) it is tamper-evident. */
  public static String encode(Position position, UnaryOperator<String> sign) {
    String json = "{\"v\":" + VERSION + ",\"c\":" + position.createdAt() + ",\"i\":"
        + quote(position.id()) + "}";
    String token = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    return sign == null ? token : token + "." + sign.apply(token);
  }

  public static Position decode(String cursor) {
    return decode(cursor, null);
  }

  /** Decodes a cursor; throws {@link InvalidCursorException} for garbage or tampered input. */
  public static Position decode(String cursor, UnaryOperator<String> sign) {
    if (cursor.length() > MAX_LENGTH) {
      throw new InvalidCursorException(Reason.ENCODING);
    }
    String[] parts = cursor.split("\\.", -1);
    String token = parts[0];
    if (sign != null) {
      // MessageDigest.isEqual compares in constant time: no timing oracle for forgers.
      if (parts.length != 2 || !MessageDigest.isEqual(
          parts[1].getBytes(StandardCharsets.UTF_8),
          sign.apply(token).getBytes(StandardCharsets.UTF_8))) {
        throw new InvalidCursorException(Reason.SIGNATURE);
      }
    } else if (parts.length != 1) {
      throw new InvalidCursorException(Reason.ENCODING);
    }
    Map<String, Object> fields = new JsonObjectReader(fromBase64Url(token)).read();
    if (!(fields.get("v") instanceof BigDecimal v)
        || v.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
      throw new InvalidCursorException(Reason.VERSION);
    }
    if (!(fields.get("c") instanceof BigDecimal c) || !(fields.get("i") instanceof String id)) {
      throw new InvalidCursorException(Reason.SHAPE);
    }
    try {
      // The TypeScript type allows any finite number; timestamps in cursors are whole ms.
      return new Position(c.longValueExact(), id);
    } catch (ArithmeticException e) {
      throw new InvalidCursorException(Reason.SHAPE);
    }
  }

  private static String fromBase64Url(String token) {
    if (!token.matches("[A-Za-z0-9_-]+")) {
      throw new InvalidCursorException(Reason.ENCODING);
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      // A strict decoder: malformed UTF-8 is an error, not a replacement character.
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new InvalidCursorException(Reason.ENCODING);
    }
  }

  // Escapes exactly as JavaScript's JSON.stringify does, so encodings match byte for byte.
  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean loneSurrogate = Character.isSurrogate(ch)
          && !(Character.isHighSurrogate(ch) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)))
          && !(Character.isLowSurrogate(ch) && i > 0
              && Character.isHighSurrogate(text.charAt(i - 1)));
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(ch < 0x20 || loneSurrogate ? String.format("\\u%04x", (int) ch) : ch);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Reads one flat JSON object whose values are strings, numbers, booleans or null: the only
   * shape a cursor has. Anything else (nested values included) is rejected as ENCODING.
   */
  private static final class JsonObjectReader {
    private final String text;
    private int at;

    JsonObjectReader(String text) {
      this.text = text;
    }

    Map<String, Object> read() {
      Map<String, Object> fields = new HashMap<>();
      skipSpace();
      if (at >= text.length() || text.charAt(at) != '{') {
        throw new InvalidCursorException(Reason.SHAPE);
      }
      at++;
      skipSpace();
      if (peek() == '}') {
        at++;
      } else {
        do {
          skipSpace();
          String key = readString();
          skipSpace();
          expect(':');
          skipSpace();
          fields.put(key, readValue()); // a repeated key keeps its last value, as in JSON.parse
          skipSpace();
        } while (consume(','));
        expect('}');
      }
      skipSpace();
      if (at != text.length()) {
        throw new InvalidCursorException(Reason.ENCODING);
      }
      return fields;
    }

    private Object readValue() {
      char ch = peek();
      if (ch == '"') {
        return readString();
      }
      for (String literal : new String[] {"true", "false", "null"}) {
        if (text.startsWith(literal, at)) {
          at += literal.length();
          return literal; // never a valid v, c or i value, so its exact form does not matter
        }
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      String number = text.substring(start, at);
      if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        throw new InvalidCursorException(Reason.ENCODING);
      }
      return new BigDecimal(number);
    }

    private String readString() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char ch = next();
        if (ch == '"') {
          return out.toString();
        }
        if (ch < 0x20) {
          throw new InvalidCursorException(Reason.ENCODING);
        }
        if (ch != '\\') {
          out.append(ch);
          continue;
        }
        char escape = next();
        switch (escape) {
          case '"', '\\', '/' -> out.append(escape);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
              throw new InvalidCursorException(Reason.ENCODING);
            }
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw new InvalidCursorException(Reason.ENCODING);
        }
      }
    }

    private void skipSpace() {
      while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    private char peek() {
      if (at >= text.length()) {
        throw new InvalidCursorException(Reason.ENCODING);
      }
      return text.charAt(at);
    }

    private char next() {
      char ch = peek();
      at++;
      return ch;
    }

    private boolean consume(char ch) {
      if (at < text.length() && text.charAt(at) == ch) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char ch) {
      if (next() != ch) {
        throw new InvalidCursorException(Reason.ENCODING);
      }
    }
  }
}
