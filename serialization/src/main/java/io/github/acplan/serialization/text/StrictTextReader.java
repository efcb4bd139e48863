package io.github.acplan.serialization.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a stream of text as it is read, refusing malformed bytes with their place: a
 * {@link java.io.InputStreamReader} would replace them silently, and decoding the whole input first would
 * hold it twice. The text is UTF-8, or UTF-16 when it begins with UTF-16's byte order mark (Windows'
 * Notepad saves "Unicode" text so): the mark says the encoding and its byte order beyond doubt, so no
 * guess is made. Not thread-safe, as any reader.
 */
final class StrictTextReader extends Reader {

  /**
   * Malformed text, with the 0-based offset of its first byte, the 1-based line it is on, the encoding
   * it was read as, and whether its bytes look like Windows-1251.
   */
  static final class MalformedTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    final long byteOffset;
    final long line;
    /** The encoding the text was read as: "UTF-8", "UTF-16LE" or "UTF-16BE". */
    final String encoding;
    /** Whether the bytes from the malformed one on read as Cyrillic in Windows-1251. */
    final boolean looksLikeWindows1251;

    MalformedTextException(long byteOffset, long line, String encoding, boolean looksLikeWindows1251) {
      this.byteOffset = byteOffset;
      this.line = line;
      this.encoding = encoding;
      this.looksLikeWindows1251 = looksLikeWindows1251;
    }

    @Override
    public String getMessage() {
      return "malformed " + encoding + " at byte " + byteOffset + " (line " + line + ")";
    }
  }

  /**
   * At least this share of the bytes above 0x7F must be Cyrillic letters of Windows-1251 for the text to
   * look like it. UTF-8's Cyrillic, cut or damaged, stays far below: every other byte of it is a
   * continuation byte 0x80–0xBF, which Windows-1251 maps to punctuation and a few letters.
   */
  private static final double WINDOWS_1251_LETTER_SHARE = 0.8;

  /** And at least this many such letters, so that one stray byte is not called an encoding. */
  private static final int WINDOWS_1251_MIN_LETTERS = 3;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  /** Bytes dropped from the buffer so far (the byte order mark included), and the line feeds among them. */
  private long consumed;
  private long newlines;
  private boolean endOfInput;
  private boolean flushed;

  /**
   * Starts reading a stream: UTF-16 in the byte order of its mark if it begins with one, else UTF-8.
   *
   * @param in the text; closed when this reader is
   * @throws IOException if reading its first bytes fails
   */
  StrictTextReader(InputStream in) throws IOException {
    this.in = Objects.requireNonNull(in, "in");
    byte[] head = in.readNBytes(2);
    if (head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      consumed = 2;
    } else if (head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      consumed = 2;
    } else {
      charset = StandardCharsets.UTF_8;
      bytes.put(head);
    }
    decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes more characters into the empty character buffer. */
  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && !flushed) {
        if (!bytes.hasRemaining() && !endOfInput) {
          refill();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          throw malformed();
        }
        if (endOfInput && result.isUnderflow()) {
          if (decoder.flush(chars).isOverflow()) {
            return;
          }
          flushed = true;
        } else if (result.isUnderflow()) {
          refill();
        }
      }
    } finally {
      chars.flip();
    }
  }

  /** Keeps the undecoded bytes and reads more behind them. */
  private void refill() throws IOException {
    countNewlines(bytes.position());
    consumed += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /**
   * Counts the line feeds among the buffer's first bytes. In UTF-16 a line feed is a whole code unit: a
   * byte 0x0A may be half of another character (U+040A, "Њ", is 0A 04 in UTF-16LE). The decoder consumes
   * whole code units, so the buffer starts at one.
   */
  private void countNewlines(int upTo) {
    byte[] array = bytes.array();
    if (charset == StandardCharsets.UTF_8) {
      for (int i = 0; i < upTo; i++) {
        if (array[i] == '\n') {
          newlines++;
        }
      }
      return;
    }
    int low = charset == StandardCharsets.UTF_16LE ? 0 : 1;
    for (int i = 0; i + 1 < upTo; i += 2) {
      if (array[i + low] == '\n' && array[i + 1 - low] == 0) {
        newlines++;
      }
    }
  }

  private MalformedTextException malformed() {
    int at = bytes.position();
    countNewlines(at);
    // the whole buffer: what was decoded before the error is valid UTF-8, and if it holds Cyrillic, the
    // text is UTF-8 with a damaged byte, not Windows-1251
    boolean windows1251 = charset == StandardCharsets.UTF_8 && looksLikeWindows1251(bytes.array(), 0,
        bytes.limit());
    return new MalformedTextException(consumed + at, newlines + 1, charset.name(), windows1251);
  }

  /**
   * Whether the bytes from {@code from} to {@code to} look like Cyrillic text in Windows-1251, the
   * encoding of text saved by older Windows programs in Ukraine: most bytes above 0x7F are its letters
   * (0xC0–0xFF: А–я; and Ґ ґ Є є І і Ї ї Ё ё). KOI8-U puts its letters in the same range, so it looks
   * alike; the advice is the same. Only a hint for the error message.
   */
  static boolean looksLikeWindows1251(byte[] array, int from, int to) {
    int high = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      int b = array[i] & 0xFF;
      if (b < 0x80) {
        continue;
      }
      high++;
      if (b >= 0xC0 || b == 0xA5 || b == 0xB4 || b == 0xAA || b == 0xBA || b == 0xB2 || b == 0xB3
          || b == 0xAF || b == 0xBF || b == 0xA8 || b == 0xB8) {
        letters++;
      }
    }
    return letters >= WINDOWS_1251_MIN_LETTERS && letters >= WINDOWS_1251_LETTER_SHARE * high;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
