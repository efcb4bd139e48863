package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the plan files named on the command line, the same way for every subcommand.
 *
 * <p>A name ending in {@code .json} is JSON, and so is any other file whose first character is "{";
 * everything else is read by {@link PlanDocuments}, which recognises a DOCX, an XLSX, a PDF, an HTML page
 * or the published table text by its content. A file larger than {@link DocumentLimits#maxBytes()} is
 * refused before it is opened; otherwise the input is streamed to the reader, which checks its own limits
 * as it reads ({@link PlanJson.Limits}, {@link io.github.acplan.serialization.text.TextLimits},
 * {@link DocumentLimits}). JSON and text must be UTF-8 (a leading byte-order mark is allowed), or UTF-16
 * after its byte order mark (what Windows' Notepad saves as "Unicode"); JSON, status files and staff lists
 * may also be UTF-32 after its mark.
 */
final class PlanFiles {
  /** How many first bytes are looked at to tell JSON (and, in PlanDocuments, a document) from text. */
  private static final int HEAD_BYTES = 4096;

  private PlanFiles() {}

  /** A file that cannot be read or is not a plan; the message names the file and the place. */
  static final class BadPlanException extends BadInputException {
    private static final long serialVersionUID = 1L;

    BadPlanException(String message) {
      super(message);
    }
  }

  /** A plan read from a file, with the reader's warnings (always empty for JSON). */
  record Loaded(String name, Plan plan, List<ReadWarning> warnings) {}

  /** Reads a plan, ignoring the text reader's warnings. */
  static Plan read(Path file) throws BadPlanException {
    return load(file.toString(), InputStream.nullInputStream()).plan();
  }

  /**
   * Reads a plan from a file name, or from {@code stdin} if the name is "-".
   *
   * @throws BadPlanException with one line: the file, the line or JSON path, and what was expected
   */
  static Loaded load(String file, InputStream stdin) throws BadPlanException {
    return load(file, stdin, false);
  }

  /**
   * Reads a plan as {@link #load(String, InputStream)}, or, with {@code register}, table text as a
   * programme's risk register; JSON is JSON either way.
   *
   * @throws BadPlanException with one line: the file, the line or JSON path, and what was expected
   */
  static Loaded load(String file, InputStream stdin, boolean register) throws BadPlanException {
    String name = file.equals("-") ? "<stdin>" : file;
    try (InputStream opened = file.equals("-") ? InputStream.nullInputStream() : open(Path.of(file), name)) {
      // The input is streamed, never held whole: the readers check their limits as they read.
      BufferedInputStream in = new BufferedInputStream(file.equals("-") ? stdin : opened, HEAD_BYTES);
      in.mark(HEAD_BYTES);
      byte[] head = in.readNBytes(HEAD_BYTES);
      in.reset();
      if (isJson(file, head)) {
        // decoded here, as status files and staff lists are, so that bytes that are not text get the
        // message naming the encoding
        TextFile json = text(in);
        try {
          return new Loaded(name, PlanJson.standard().read(json.reader()), List.of());
        } catch (CharacterCodingException e) {
          throw new BadPlanException(json.notText(name, "a plan"));
        }
      }
      ReadResult result = register ? PlanDocuments.standard().readRegister(in)
          : PlanDocuments.standard().read(in);
      return new Loaded(name, result.plan(), result.warnings());
    } catch (PlanFormatException e) {
      throw new BadPlanException(name + ": " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
    } catch (IOException | RuntimeException e) {
      throw new BadPlanException(name + ": cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  /** Opens a file, refusing one larger than the documents' byte limit before reading it. */
  private static InputStream open(Path file, String name) throws IOException, BadPlanException {
    long size = Files.size(file);
    if (size > DocumentLimits.standard().maxBytes()) {
      throw new BadPlanException(name + ": the file has " + size + " bytes, more than the limit of "
          + DocumentLimits.standard().maxBytes());
    }
    return Files.newInputStream(file);
  }

  /**
   * A text file opened for reading after its byte order mark, and the encoding it is decoded as (for the
   * message when its bytes are not text in it).
   *
   * @param reader the characters, which refuse malformed bytes with a {@link CharacterCodingException}
   * @param encoding UTF-8, or UTF-16 or UTF-32 in the byte order of the mark the file begins with
   */
  record TextFile(Reader reader, Charset encoding) implements java.io.Closeable {
    @Override
    public void close() throws IOException {
      reader.close();
    }

    /** The message for bytes that are not text in the file's encoding: "not UTF-8 text; expected …". */
    String notText(Object file, String expected) {
      return file + ": not " + encoding.name() + " text; expected " + expected + " in UTF-8, or in UTF-16 or "
          + "UTF-32 after its byte order mark";
    }
  }

  /**
   * The byte order mark a text begins with and the encoding it names: UTF-32 or UTF-16 in the mark's byte
   * order, or else UTF-8, with its mark or without one (length 0). The text form's reader decides UTF-16
   * and UTF-8 so, and {@code PlanJson.read(InputStream)} reads the three.
   *
   * @param encoding the encoding of the text after the mark
   * @param length the mark's bytes, passed over before decoding
   */
  record ByteOrderMark(Charset encoding, int length) {
    /** The longest mark: UTF-32's. */
    static final int MAX_LENGTH = 4;

    /** The mark {@code head}, a text's first bytes, begins with. */
    static ByteOrderMark of(byte[] head) {
      int b0 = head.length > 0 ? head[0] & 0xFF : -1;
      int b1 = head.length > 1 ? head[1] & 0xFF : -1;
      boolean twoZeros = head.length >= 4 && head[2] == 0 && head[3] == 0;
      // UTF-32's marks first: the little-endian one begins as UTF-16's does
      if (b0 == 0xFF && b1 == 0xFE && twoZeros) {
        return new ByteOrderMark(Charset.forName("UTF-32LE"), 4);
      }
      if (b0 == 0 && b1 == 0 && head.length >= 4 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
        return new ByteOrderMark(Charset.forName("UTF-32BE"), 4);
      }
      if (b0 == 0xFF && b1 == 0xFE) {
        return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
      }
      if (b0 == 0xFE && b1 == 0xFF) {
        return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
      }
      boolean utf8Mark = b0 == 0xEF && b1 == 0xBB && head.length > 2 && (head[2] & 0xFF) == 0xBF;
      return new ByteOrderMark(StandardCharsets.UTF_8, utf8Mark ? 3 : 0);
    }
  }

  /**
   * Opens a text file (a status file, a staff list) as its {@link ByteOrderMark} says, after the mark.
   * Malformed bytes are refused with a {@link CharacterCodingException} as they are read; a file larger
   * than {@link DocumentLimits#maxBytes()} is refused before it is opened.
   *
   * @throws BadPlanException if the file is too large
   * @throws IOException if it cannot be opened
   */
  static TextFile openText(Path file) throws IOException, BadPlanException {
    return text(new BufferedInputStream(open(file, file.toString())));
  }

  /** The text of a stream as its byte order mark says, after the mark; the stream is read from here on. */
  private static TextFile text(BufferedInputStream in) throws IOException {
    in.mark(ByteOrderMark.MAX_LENGTH);
    ByteOrderMark mark = ByteOrderMark.of(in.readNBytes(ByteOrderMark.MAX_LENGTH));
    in.reset();
    in.skipNBytes(mark.length());
    return new TextFile(new InputStreamReader(in, mark.encoding().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
        mark.encoding());
  }

  /**
   * Tells JSON from other documents by the file's extension, or else by its first character (a brace that
   * does not open an RTF document).
   *
   * @param file the file's name
   * @param bytes the file's first bytes
   */
  static boolean isJson(String file, byte[] bytes) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return true;
    }
    // the first bytes decoded as the JSON would be; a character cut at the end is replaced, not refused
    ByteOrderMark mark = ByteOrderMark.of(bytes);
    String head = new String(bytes, mark.length(), bytes.length - mark.length(), mark.encoding());
    int i = 0;
    while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '\t' || head.charAt(i) == '\n'
        || head.charAt(i) == '\r')) {
      i++;
    }
    // an RTF document opens with a brace too: {\rtf1
    return i < head.length() && head.charAt(i) == '{' && !head.startsWith("{\\rtf", i);
  }
}
