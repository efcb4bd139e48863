package io.github.acplan.serialization.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a stream of UTF-8 as it is read, refusing malformed bytes with their place: a
 * {@link java.io.InputStreamReader} would replace them silently, and decoding the whole input first would
 * hold it twice. Not thread-safe, as any reader.
 */
final class StrictUtf8Reader extends Reader {

  /** Malformed UTF-8, with the 0-based offset of its first byte and the 1-based line it is on. */
  static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    final long byteOffset;
    final long line;

    MalformedUtf8Exception(long byteOffset, long line) {
      this.byteOffset = byteOffset;
      this.line = line;
    }

    @Override
    public String getMessage() {
      return "malformed UTF-8 at byte " + byteOffset + " (line " + line + ")";
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  /** Bytes dropped from the buffer so far, and the line feeds among them. */
  private long consumed;
  private long newlines;
  private boolean endOfInput;
  private boolean flushed;

  StrictUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
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

  private void countNewlines(int upTo) {
    byte[] array = bytes.array();
    for (int i = 0; i < upTo; i++) {
      if (array[i] == '\n') {
        newlines++;
      }
    }
  }

  private MalformedUtf8Exception malformed() {
    int at = bytes.position();
    countNewlines(at);
    return new MalformedUtf8Exception(consumed + at, newlines + 1);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
