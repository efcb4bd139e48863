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
    Charset encoding = StandardCharsets.UTF_8;
    try (InputStream opened = file.equals("-") ? InputStream.nullInputStream() : open(Path.of(file), name)) {
      // The input is streamed, never held whole: the readers check their limits as they read.
      BufferedInputStream in = new BufferedInputStream(file.equals("-") ? stdin : opened, HEAD_BYTES);
      in.mark(HEAD_BYTES);
      byte[] head = in.readNBytes(HEAD_BYTES);
      in.reset();
      if (isJson(file, head)) {
        // a byte order mark is decoded as U+FEFF, which PlanJson passes over; decoded here, as the status
        // files and staff lists are, so that bytes that are not text get the message naming the encoding
        encoding = encodingOf(head);
        Reader text = new InputStreamReader(in, encoding.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new Loaded(name, PlanJson.standard().read(text), List.of());
      }
      ReadResult result = register ? PlanDocuments.standard().readRegister(in)
          : PlanDocuments.standard().read(in);
      return new Loaded(name, result.plan(), result.warnings());
    } catch (PlanFormatException e) {
      throw new BadPlanException(name + ": " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
    } catch (CharacterCodingException e) {
      throw new BadPlanException(name + ": not " + encoding.name() + " text; expected a plan in UTF-8, or in "
          + "UTF-16 or UTF-32 after its byte order mark");
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
   * A text file opened for reading, and the encoding it is decoded as (for the message when its bytes are
   * not text in it).
   *
   * @param reader the characters, which refuse malformed bytes with a {@link CharacterCodingException}
   * @param encoding UTF-8, or UTF-16 in the byte order of the mark the file begins with
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
   * Opens a text file (a status file, a staff list) after its byte order mark: UTF-16 in the byte order of
   * the mark, or else UTF-8, as the plan's own text and JSON are read. Malformed bytes are refused with a
   * {@link CharacterCodingException} as they are read; a file larger than {@link DocumentLimits#maxBytes()}
   * is refused before it is opened.
   *
   * @throws BadPlanException if the file is too large
   * @throws IOException if it cannot be opened
   */
  static TextFile openText(Path file) throws IOException, BadPlanException {
    BufferedInputStream in = new BufferedInputStream(open(file, file.toString()));
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    Charset encoding = encodingOf(head);
    // the mark is not text: UTF-8's 3 bytes, UTF-16's 2, UTF-32's 4
    long mark = startsWithByteOrderMark(head) ? 3 : encoding.equals(StandardCharsets.UTF_8) ? 0
        : encoding.name().startsWith("UTF-32") ? 4 : 2;
    in.skipNBytes(mark);
    return new TextFile(new InputStreamReader(in, encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), encoding);
  }

  /**
   * The encoding of JSON by the byte order mark it begins with: UTF-32 or UTF-16 in the mark's byte order,
   * or else UTF-8 (with or without its mark), as the text form's reader decides for UTF-16 and UTF-8, and
   * as {@code PlanJson.read(InputStream)} reads the three.
   */
  static Charset encodingOf(byte[] head) {
    // UTF-32's marks first: the little-endian one begins as UTF-16's does
    if (head.length >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (head.length >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
      return Charset.forName("UTF-32BE");
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
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
    String head = new String(bytes, encodingOf(bytes));
    int i = head.startsWith("\uFEFF") ? 1 : 0;
    while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '\t' || head.charAt(i) == '\n'
        || head.charAt(i) == '\r')) {
      i++;
    }
    // an RTF document opens with a brace too: {\rtf1
    return i < head.length() && head.charAt(i) == '{' && !head.startsWith("{\\rtf", i);
  }
}
