package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * everything else is read by {@link PlanDocuments}, which recognises a DOCX, an HTML page or the published
 * table text by its content (a PDF or an XLSX is recognised and refused in this version). Files are
 * read up to {@link DocumentLimits#maxBytes()}; text must be UTF-8 (a leading byte-order mark is
 * allowed).
 */
final class PlanFiles {
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
    byte[] bytes;
    try {
      bytes = file.equals("-") ? readBounded(stdin, name) : readBounded(Path.of(file), name);
    } catch (IOException | RuntimeException e) {
      throw new BadPlanException(name + ": cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    try {
      if (isJson(file, bytes)) {
        String text;
        try {
          text = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
          throw new BadPlanException(name + ": not UTF-8 text; expected a plan in UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        return new Loaded(name, PlanJson.standard().read(text), List.of());
      }
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      ReadResult result = register ? PlanDocuments.standard().readRegister(in)
          : PlanDocuments.standard().read(in);
      return new Loaded(name, result.plan(), result.warnings());
    } catch (PlanFormatException e) {
      throw new BadPlanException(name + ": " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
    } catch (IOException e) {
      throw new BadPlanException(name + ": cannot read the file (" + e.getMessage() + ")");
    }
  }

  /** Reads a file, refusing one larger than the documents' byte limit before reading it. */
  private static byte[] readBounded(Path file, String name) throws IOException, BadPlanException {
    long size = Files.size(file);
    if (size > DocumentLimits.standard().maxBytes()) {
      throw new BadPlanException(name + ": the file has " + size + " bytes, more than the limit of "
          + DocumentLimits.standard().maxBytes());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in, name);
    }
  }

  private static byte[] readBounded(InputStream in, String name) throws IOException, BadPlanException {
    long limit = DocumentLimits.standard().maxBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new BadPlanException(name + ": the input is larger than the limit of " + limit + " bytes");
    }
    return bytes;
  }

  /** Tells JSON from other documents by the file's extension, or else by its first character. */
  static boolean isJson(String file, byte[] bytes) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return true;
    }
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n'
        || bytes[i] == '\r')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{';
  }
}
